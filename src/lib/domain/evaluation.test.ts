import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from './defaults';
import {
  auditDetailVisible,
  gradeDone,
  gradesDigest,
  gradeShapeIssue,
  sheetProgress,
  visibleGrades
} from './evaluation';
import type { Evaluator, Grade, Requirement, Vendor } from './model';

const req = (id: string, kind: Requirement['kind'], order = 0) => ({ id, kind, order }) as Requirement;
const vendor = (id: string, order = 0) => ({ id, order }) as Vendor;
const evaluator = (id: string, submittedAt: string | null) => ({ id, submittedAt }) as Evaluator;

function grade(
  evaluatorId: string,
  vendorId: string,
  requirementId: string,
  over: Partial<Grade> = {}
): Grade {
  return {
    id: `${evaluatorId}-${vendorId}-${requirementId}`,
    procurementId: 'p',
    evaluatorId,
    vendorId,
    requirementId,
    verdict: null,
    level: 'B',
    rationale: '理由',
    updatedAt: '2026-01-01T00:00:00Z',
    ...over
  };
}

describe('gradeShapeIssue', () => {
  it.each([
    ['mandatory', 'pass', null, null],
    ['mandatory', 'fail', null, null],
    ['mandatory', null, null, null],
    ['mandatory', null, 'A', 'verdictExpected'],
    ['scored', null, 'E', null],
    ['scored', null, null, null],
    ['scored', 'pass', null, 'levelExpected'],
    ['scored', null, 'F', 'unknownLevel']
  ] as const)('%s with verdict %s and level %s → %s', (kind, verdict, level, expected) => {
    expect(gradeShapeIssue({ kind }, DEFAULT_RUBRIC, { verdict, level })).toBe(expected);
  });
});

describe('gradeDone', () => {
  it.each([
    ['a level and a rationale', req('r', 'scored'), grade('e', 'v', 'r'), true],
    ['a blank rationale', req('r', 'scored'), grade('e', 'v', 'r', { rationale: ' \n' }), false],
    ['no level', req('r', 'scored'), grade('e', 'v', 'r', { level: null }), false],
    [
      'a verdict on a mandatory item',
      req('r', 'mandatory'),
      grade('e', 'v', 'r', { level: null, verdict: 'fail' }),
      true
    ],
    ['no grade at all', req('r', 'mandatory'), undefined, false]
  ])('%s → %s', (_, r, g, expected) => {
    expect(gradeDone(r, g)).toBe(expected);
  });
});

describe('sheetProgress', () => {
  it('counts every vendor × requirement of one evaluator and lists the open cells in sheet order', () => {
    const requirements = [req('r2', 'scored', 1), req('r1', 'mandatory', 0)];
    const vendors = [vendor('v2', 1), vendor('v1', 0)];
    const grades = [
      grade('e1', 'v1', 'r1', { level: null, verdict: 'pass' }),
      grade('e1', 'v1', 'r2'),
      grade('e2', 'v2', 'r1', { level: null, verdict: 'pass' }),
      grade('e1', 'v2', 'r2', { rationale: '' })
    ];
    expect(sheetProgress(requirements, vendors, grades, 'e1')).toEqual({
      done: 2,
      total: 4,
      open: [
        { vendorId: 'v2', requirementId: 'r1' },
        { vendorId: 'v2', requirementId: 'r2' }
      ]
    });
  });
});

describe('visibleGrades (blind grading)', () => {
  const grades = [grade('e1', 'v', 'r'), grade('e2', 'v', 'r'), grade('e3', 'v', 'r')];
  it('shows only the viewer’s own grades until they submit', () => {
    const panel = [evaluator('e1', null), evaluator('e2', '2026-01-02T00:00:00Z'), evaluator('e3', null)];
    expect(visibleGrades(grades, panel, 'e1').map((g) => g.evaluatorId)).toEqual(['e1']);
  });
  it('after submitting, shows the grades of the others who have submitted, never a draft', () => {
    const panel = [
      evaluator('e1', '2026-01-03T00:00:00Z'),
      evaluator('e2', '2026-01-02T00:00:00Z'),
      evaluator('e3', null)
    ];
    expect(visibleGrades(grades, panel, 'e1').map((g) => g.evaluatorId)).toEqual(['e1', 'e2']);
  });
});

describe('gradesDigest', () => {
  const hash = (text: string) => `h(${text})`;
  const a = grade('e1', 'v1', 'r1');
  const b = grade('e2', 'v1', 'r1', { level: 'C' });
  it('does not depend on storage order, ids or timestamps', () => {
    const moved = { ...b, id: 'other', updatedAt: '2027-01-01T00:00:00Z' };
    expect(gradesDigest([a, b], [], hash)).toBe(gradesDigest([moved, a], [], hash));
  });
  it('changes when a level or a rationale changes', () => {
    const before = gradesDigest([a, b], [], hash);
    expect(gradesDigest([a, { ...b, level: 'D' }], [], hash)).not.toBe(before);
    expect(gradesDigest([a, { ...b, rationale: '別の理由' }], [], hash)).not.toBe(before);
  });
});

describe('auditDetailVisible', () => {
  it.each([
    ['grade.put', false, false],
    ['consensus.put', false, false],
    ['grade.put', true, true],
    ['vendor.update', false, true],
    ['evaluation.submit', false, true]
  ] as const)('%s with the technical lock %s → %s', (action, locked, expected) => {
    expect(auditDetailVisible(action, locked)).toBe(expected);
  });
});
