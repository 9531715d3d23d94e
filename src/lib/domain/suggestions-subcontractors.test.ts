import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Preset } from './catalogue';
import { buildDemoBundle } from './demo';
import type { Answer, Attestation, AttestationType, Subcontractor } from './model';
import { sha256Text } from './sha256';
import { SUBCONTRACTOR_CONTROLS, isSubcontractorRequirement, type SuggestionReasonCode } from './suggestions';
import { EXPIRED, SUPPLY, UNCHECKED, att, codes, nth, reason, sub, suggest } from '$lib/testing/suggestions';

describe('the 委託先 requirement', () => {
  it('is recognised by its mapped controls in every shipped preset and in the demo, once each', () => {
    const dir = new URL('../../../questionnaires/presets/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const preset = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Preset;
      const found = preset.requirements.filter(isSubcontractorRequirement);
      expect(
        found.map((r) => r.title),
        file
      ).toHaveLength(1);
      expect(found[0]!.title, file).toMatch(/委託先/);
    }
    let seq = 0;
    const demo = buildDemoBundle({
      newId: () => `id-${++seq}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    expect(demo.requirements.filter(isSubcontractorRequirement).map((r) => r.title)).toEqual([
      expect.stringMatching(/委託先/)
    ]);
    expect(SUBCONTRACTOR_CONTROLS).toContain('iso27002:15.1.3');
  });

  const sora = sub('Sora');
  const dc = sub('DC', { order: 1 });
  const desk = sub('Desk', { criticality: 'normal', order: 2 });
  const held = (s: Subcontractor, type: AttestationType, patch: Partial<Attestation> = {}) =>
    att(type, { subcontractorId: s.id, ...patch });
  const inclusiveReport = (names: string[], patch: Partial<Attestation> = {}) =>
    att('soc2Type2', {
      subserviceOrganisations: names.map((name) => ({ name, method: 'inclusive', subcontractorId: null })),
      ...patch
    });

  it.each<
    [
      string,
      Answer | null,
      Subcontractor[],
      Attestation[],
      number | null,
      SuggestionReasonCode,
      string | null
    ]
  >([
    [
      'one critical subcontractor with a valid registration',
      'full',
      [sora],
      [held(sora, 'ismap')],
      2,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'the weaker of two critical subcontractors decides',
      'full',
      [sora, dc],
      [held(sora, 'ismap'), held(dc, 'iso27001')],
      2,
      'weakestSubcontractor',
      'DC'
    ],
    [
      'the vendor’s own registration does not cover a subcontractor',
      'full',
      [sora],
      [att('ismap')],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'an uncovered critical subcontractor, answer partial',
      'partial',
      [sora],
      [],
      4,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a subcontractor’s unaccepted type does not cover it',
      'full',
      [sora],
      [held(sora, 'soc3')],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a subcontractor’s expired certificate does not cover it',
      'full',
      [sora],
      [held(sora, 'iso27001', EXPIRED)],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'its unchecked registration: no suggestion yet',
      'full',
      [sora],
      [held(sora, 'ismap', UNCHECKED)],
      null,
      'subcontractorPending',
      'Sora'
    ],
    [
      'included by the vendor’s valid report (inclusive)',
      'full',
      [sora],
      [inclusiveReport(['Sora'])],
      2,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'included under a differently spaced, full-width name',
      'full',
      [sub('Sora Compute')],
      [inclusiveReport(['  ＳＯＲＡ　compute '])],
      2,
      'weakestSubcontractor',
      'Sora Compute'
    ],
    [
      'listed carve-out in the report: not included',
      'full',
      [sora],
      [
        att('soc2Type2', {
          subserviceOrganisations: [{ name: 'Sora', method: 'carveOut', subcontractorId: null }]
        })
      ],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'included by a stale report: not covered',
      'full',
      [sora],
      [inclusiveReport(['Sora'], { periodEnd: '2025-06-30' })],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a normal subcontractor without evidence does not count',
      'full',
      [sora, desk],
      [held(sora, 'ismap')],
      2,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'valid evidence but answer none: conflict',
      'none',
      [sora],
      [held(sora, 'ismap')],
      null,
      'answerConflicts',
      null
    ],
    [
      'no critical subcontractor: the vendor’s own evidence',
      'full',
      [desk],
      [att('iso27001')],
      2,
      'levelByEvidence',
      null
    ]
  ])('%s', (_, answer, subs, attestations, position, conclusion, name) => {
    const s = suggest(SUPPLY, answer, attestations, subs);
    expect(s?.level).toBe(position === null ? null : nth(position));
    expect(s?.basis[0]?.code).toBe(conclusion);
    const named =
      s?.basis[0]?.code === 'subcontractorUncovered' ? s.basis[0].params.names : [s?.basis[0]?.params.name];
    if (name !== null) expect(named).toEqual([name]);
  });

  it('lists every critical subcontractor with what covers it', () => {
    const report = inclusiveReport(['DC']);
    const s = suggest(SUPPLY, 'full', [held(sora, 'iso27001'), report], [sora, dc, desk]);
    const lines = s?.basis.filter(
      (r) => r.code.startsWith('subcontractor') && r.code !== 'subcontractorUncovered'
    );
    expect(lines?.map((r) => [r.code, r.params.name])).toEqual([
      ['subcontractorAssured', 'Sora'],
      ['subcontractorInclusive', 'DC']
    ]);
    expect(lines?.[1]?.params.attestationId).toBe(report.id);
  });

  it('notes a subcontractor recorded as inclusive that no valid report lists', () => {
    const claimed = sub('Sora', { subserviceMethod: 'inclusive' });
    const s = suggest(SUPPLY, 'full', [held(claimed, 'ismap')], [claimed]);
    expect(reason(s, 'inclusiveNotShown')?.params.name).toBe('Sora');
    expect(s?.level).toBe(nth(2));
    expect(codes(suggest(SUPPLY, 'full', [inclusiveReport(['Sora'])], [claimed]))).not.toContain(
      'inclusiveNotShown'
    );
  });

  it('names every critical subcontractor without a covering attestation, in recorded order (item 10)', () => {
    const kumo = sub('Kumo', { order: 3 });
    const s = suggest(SUPPLY, 'full', [held(dc, 'ismap')], [sora, dc, desk, kumo]);
    expect(s?.level).toBe(nth(3));
    expect(s?.basis[0]).toEqual({
      code: 'subcontractorUncovered',
      params: { subcontractorIds: [sora.id, kumo.id], names: ['Sora', 'Kumo'], count: 2 }
    });
    const mandatory = { ...SUPPLY, kind: 'mandatory' as const };
    expect(suggest(mandatory, 'full', [held(dc, 'ismap')], [sora, dc, kumo])?.verdict).toBe('fail');
  });

  it.each<[string, Attestation[], string[] | null, SuggestionReasonCode]>([
    [
      'one uncovered, one pending a check: the uncovered one decides',
      [held(dc, 'ismap', UNCHECKED)],
      ['Sora'],
      'subcontractorUncovered'
    ],
    [
      'both pending a check: no suggestion yet',
      [held(sora, 'ismap', UNCHECKED), held(dc, 'ismap', UNCHECKED)],
      null,
      'subcontractorPending'
    ],
    [
      'one covered, one pending: no suggestion yet',
      [held(sora, 'ismap'), held(dc, 'ismap', UNCHECKED)],
      null,
      'subcontractorPending'
    ],
    [
      'both covered: the weaker decides',
      [held(sora, 'ismap'), held(dc, 'iso27001')],
      null,
      'weakestSubcontractor'
    ]
  ])('%s', (_, attestations, names, conclusion) => {
    const s = suggest(SUPPLY, 'full', attestations, [sora, dc]);
    expect(s?.basis[0]?.code).toBe(conclusion);
    if (names) expect(s?.basis[0]?.params.names).toEqual(names);
    expect(s?.level ?? null).toBe(
      conclusion === 'subcontractorPending' ? null : conclusion === 'subcontractorUncovered' ? nth(3) : nth(2)
    );
  });

  it('notes no critical subcontractors when it falls back on the vendor’s own evidence', () => {
    expect(codes(suggest(SUPPLY, 'full', [att('iso27001')], []))).toContain('noCriticalSubcontractors');
  });

  it('as a mandatory requirement: pass when covered, fail when a critical subcontractor is not', () => {
    const mandatory = { ...SUPPLY, kind: 'mandatory' as const };
    expect(suggest(mandatory, 'full', [held(sora, 'ismap')], [sora])?.verdict).toBe('pass');
    expect(suggest(mandatory, 'full', [held(sora, 'ismap')], [sora, dc])?.verdict).toBe('fail');
  });
});
