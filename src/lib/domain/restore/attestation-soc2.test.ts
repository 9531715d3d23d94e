/** SOC 2 parts added later: older attestations restore with the behaviour from before, newer ones keep them. */
import { describe, expect, it } from 'vitest';
import { fixture } from '$lib/testing/restore';
import { restoreAttestation } from './tables';

describe('an attestation from before criteria, qualified criteria and carve-out links', () => {
  const current = fixture().attestations[0]!;
  const older = () => {
    const a = structuredClone(current) as unknown as Record<string, unknown>;
    delete a.qualifiedCriteria;
    a.exceptions = [{ description: '変更管理の例外', requirementIds: ['r2'] }];
    a.subserviceOrganisations = [{ name: 'Amazon Web Services', method: 'carveOut' }];
    return a;
  };

  it.each([
    ['qualifiedCriteria', (a: typeof current) => a.qualifiedCriteria, []],
    [
      'exceptions',
      (a: typeof current) => a.exceptions,
      [
        {
          criterion: '',
          description: '変更管理の例外',
          testResult: '',
          managementResponse: '',
          requirementIds: ['r2']
        }
      ]
    ],
    [
      'free-text carve-outs, restored unlinked',
      (a: typeof current) => a.subserviceOrganisations,
      [{ name: 'Amazon Web Services', method: 'carveOut', subcontractorId: null }]
    ]
  ])('%s get their defaults, with no issue', (_label, pick, expected) => {
    const { value, issues } = restoreAttestation(older(), 'a');
    expect(issues).toEqual([]);
    expect(pick(value)).toEqual(expected);
  });

  it('keeps the criterion, test result, response, qualified criteria and a link', () => {
    const linked = {
      ...structuredClone(current),
      subserviceOrganisations: [{ name: 'DC事業者', method: 'carveOut' as const, subcontractorId: 's1' }]
    };
    const { value, issues } = restoreAttestation(linked, 'a');
    expect(issues).toEqual([]);
    expect(value).toEqual(linked);
    expect(value.exceptions[0]?.criterion).toBe('CC8.1');
    expect(value.qualifiedCriteria).toEqual(['CC8.1']);
  });

  it('a link that is not an id is reported and dropped, the name kept', () => {
    const bad = {
      ...structuredClone(current),
      subserviceOrganisations: [{ name: 'DC事業者', method: 'carveOut', subcontractorId: '' }]
    };
    const { value, issues } = restoreAttestation(bad, 'a');
    expect(issues.map((i) => i.path)).toEqual(['a.subserviceOrganisations[0].subcontractorId']);
    expect(value.subserviceOrganisations).toEqual([
      { name: 'DC事業者', method: 'carveOut', subcontractorId: null }
    ]);
  });
});
