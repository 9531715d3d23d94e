// An answer's fields hold the text as stored (saving them must not change it); when that text has
// a bidi control or zero-width character, the row shows it beneath with the characters as markers.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Response } from '$lib/domain/model';
import { testRequirement, TEST_AT } from '$lib/testing/fixtures';
import AnswerTable from './AnswerTable.svelte';

const requirement = testRequirement('1', 0, 'scored', 5);

function html(explanation: string, evidenceRefs = '') {
  const response: Response = {
    id: 'res1',
    procurementId: 'p1',
    vendorId: 'v1',
    requirementId: requirement.id,
    answer: 'full',
    explanation,
    evidenceRefs,
    updatedAt: TEST_AT,
    source: 'manual'
  };
  return render(AnswerTable, {
    props: {
      requirements: [requirement],
      responses: [response],
      files: [],
      disabled: false,
      onSave: () => {},
      onAttach: () => {},
      onDownload: () => {},
      onView: () => {},
      onRemove: () => {}
    }
  }).body.replaceAll(/<!--.*?-->/g, '');
}

const notes = (body: string) => body.match(/<p class="hidden-note[^"]*">.*?<\/p>/gs) ?? [];

describe('AnswerTable', () => {
  it('shows an explanation with a right-to-left override beneath its field, with a marker', () => {
    const body = html('対応\u202E済み', 'p.3\u200B');
    const shown = notes(body).map((p) => p.replaceAll(/<[^>]+>/g, ''));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('対応⟦U+202E⟧済み');
    expect(shown[1]).toContain('p.3⟦U+200B⟧');
    // The field itself keeps the stored text, so saving the row stores what was there.
    expect(body).toContain('対応\u202E済み</textarea>');
  });

  it('adds nothing for plain text', () => {
    expect(notes(html('対応済み', 'p.3'))).toEqual([]);
  });
});
