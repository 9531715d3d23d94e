import { describe, expect, it } from 'vitest';
import { newProcurement } from './defaults';
import type { CriteriaVersion, ProcurementBundle, Requirement } from './model';
import { scoringInputOf } from './scoring-input';

const requirement = (id: string, points: number): Requirement => ({
  id,
  procurementId: 'p',
  order: 0,
  ref: id,
  domain: 'd',
  title: id,
  text: '',
  kind: 'scored',
  basePoints: 0,
  points,
  appliesTo: 'csp',
  acceptedAttestations: [],
  controlRefs: [],
  sourceRef: null
});

function bundle(versions: CriteriaVersion[]): ProcurementBundle {
  const procurement = newProcurement('p', 't', '2026-01-01T00:00:00Z');
  return {
    procurement,
    requirements: [requirement('r1', 99)],
    criteriaVersions: versions,
    evaluators: [],
    vendors: [],
    subcontractors: [],
    attestations: [],
    evidenceFiles: [],
    evidenceBlobs: [],
    responses: [],
    grades: [],
    consensus: [],
    audit: []
  };
}

const version = (n: number, points: number): CriteriaVersion => ({
  id: `v${n}`,
  procurementId: 'p',
  version: n,
  lockedAt: '2026-01-01T00:00:00Z',
  lockedBy: 'x',
  hash: '0'.repeat(64),
  reason: '',
  requirements: [requirement('r1', points)],
  settings: { ...newProcurement('p', 't', '2026-01-01T00:00:00Z').settings, priceAllocation: points }
});

describe('scoringInputOf', () => {
  it('scores the working requirements before the first lock', () => {
    expect(scoringInputOf(bundle([])).requirements[0]?.points).toBe(99);
  });
  it('scores the latest locked version, not a working copy reopened for a change', () => {
    const input = scoringInputOf(bundle([version(2, 20), version(1, 10)]));
    expect(input.requirements[0]?.points).toBe(20);
    expect(input.settings.priceAllocation).toBe(20);
  });
});
