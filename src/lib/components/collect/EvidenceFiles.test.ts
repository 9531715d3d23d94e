// A file named to pose as another type shows its bidi control as a marker, in the table and in
// the hidden names of its buttons: nothing of the page carries the control itself.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '$lib/domain/model';
import EvidenceFiles from './EvidenceFiles.svelte';

const file: EvidenceFile = {
  id: 'f1',
  procurementId: 'p1',
  vendorId: 'v1',
  ownerKind: 'response',
  ownerId: 'r1',
  name: 'report\u202Efdp.exe',
  type: 'application/pdf',
  size: 10,
  sha256: 'ab'.repeat(32),
  addedAt: '2026-01-01T00:00:00.000Z',
  addedBy: '山田'
};

const html = (files: EvidenceFile[]) =>
  render(EvidenceFiles, {
    props: {
      idPrefix: 'x',
      ownerName: 'R-003',
      files,
      busy: false,
      onAttach: () => {},
      onDownload: () => {},
      onView: () => {},
      onRemove: () => {}
    }
  }).body.replaceAll(/<!--.*?-->/g, '');

describe('EvidenceFiles', () => {
  it('shows a right-to-left override in a file name as a marker, never the control', () => {
    const body = html([file]);
    expect(body).not.toContain('\u202E');
    const text = body.replaceAll(/<[^>]+>/g, '');
    // The row header, and the hidden names of download, view and remove.
    expect(text.match(/report⟦U\+202E⟧fdp\.exe/g)).toHaveLength(4);
  });
});
