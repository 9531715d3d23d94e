import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { latestVersion } from './criteria';
import {
  buildGradesFile,
  buildPackageData,
  checkPackage,
  openedBundle,
  packagePreview,
  planGradesMerge,
  signGrades,
  verifyGradesFile,
  type GradesTarget,
  type PackageData,
  type PackageProblemCode,
  type SignedGrades
} from './evaluator-package';
import { chairBundle, grade, KEY, T1 } from '$lib/testing/evaluator-package';
import { hmacSha256Text } from './hmac';
import type { ProcurementBundle } from './model';
import { sha256Text } from './sha256';

const IDS = { packageId: 'pkg1', key: KEY, evaluatorId: 'e3' };

function packageOf(bundle = chairBundle()): PackageData {
  return buildPackageData(bundle, IDS);
}

/** The package text with the bytes left out (canonicalJson sees an ArrayBuffer as `{}`). */
const packageText = (data: PackageData) => canonicalJson(data);

describe('buildPackageData', () => {
  const chair = chairBundle();
  const data = packageOf(chair);
  const text = packageText(data);

  it("leaves the evaluator's passphrase hash behind: the package may travel by mail", () => {
    const protectedChair = chairBundle();
    const record = {
      algorithm: 'PBKDF2-SHA-256' as const,
      iterations: 600_000,
      salt: 'a1'.repeat(32),
      hash: 'c3'.repeat(32),
      setAt: T1
    };
    protectedChair.evaluators = protectedChair.evaluators.map((e) => ({ ...e, passphrase: record }));
    const out = packageOf(protectedChair);
    expect(out.bundle.evaluators).toEqual([{ ...chair.evaluators[2]!, submittedAt: null }]);
    expect(packageText(out)).not.toContain(record.hash);
    expect(packageText(out)).not.toContain(record.salt);
  });

  it('carries the latest locked criteria, the vendors with their answers and evidence, and this evaluator only', () => {
    const latest = latestVersion(chair.criteriaVersions)!;
    expect(data.bundle.criteriaVersions).toEqual([latest]);
    expect(data.bundle.requirements).toEqual(latest.requirements);
    expect(data.bundle.procurement.settings).toEqual(latest.settings);
    expect(data.bundle.evaluators).toEqual([{ ...chair.evaluators[2]!, submittedAt: null }]);
    expect(data.bundle.vendors.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(data.bundle.subcontractors).toEqual(chair.subcontractors);
    expect(data.bundle.attestations).toEqual(chair.attestations);
    expect(data.bundle.evidenceFiles).toEqual(chair.evidenceFiles);
    expect(data.bundle.evidenceBlobs).toEqual(chair.evidenceBlobs);
    expect(data.bundle.responses).toEqual(chair.responses);
    expect(data.bundle.grades).toEqual(chair.grades.filter((g) => g.evaluatorId === 'e3'));
    expect(data).toMatchObject({ packageId: 'pkg1', key: KEY, evaluatorId: 'e3' });
  });

  it('never carries other evaluators, their grades, consensus, audit entries, bids or locks', () => {
    expect(data.bundle.consensus).toEqual([]);
    expect(data.bundle.audit).toEqual([]);
    expect(
      data.bundle.vendors.map((v) => [v.bidPrice, v.bidStatus, v.bidStatusReason, v.lowBidInvestigation])
    ).toEqual([
      [null, 'valid', '', null],
      [null, 'valid', '', null]
    ]);
    const p = data.bundle.procurement;
    expect([p.technicalLock, p.criteriaReopen, p.packageOrigin, p.auditHead]).toEqual([
      null,
      null,
      null,
      null
    ]);
    expect([p.issuedPackages, p.tieResolutions]).toEqual([[], []]);
  });

  it.each([
    ['another evaluator’s name', '委員長 甲'],
    ['another evaluator’s name', '委員 乙'],
    ['another evaluator’s rationale', 'e1-v1-r2 の理由'],
    ['another evaluator’s rationale', 'e2-v1-r2 の理由'],
    ['the consensus reason', '合議の理由'],
    ['a bid', '8765432'],
    ['a bid', '9876543'],
    ['the low-bid note', '低入札の説明'],
    ['the invalid-bid reason', '書類の不備'],
    ['an audit actor', '監査ログの実施者'],
    ['the technical lock', '締切りの実施者'],
    ['a tie record', '同点の記録'],
    ['an older issued package', 'old-package'],
    ['an older package key', 'ef'.repeat(32)]
  ])('does not contain %s (%s) anywhere in its text', (_what, needle) => {
    // The fixture holds each string, so the search is not vacuous.
    expect(canonicalJson({ ...chair, evidenceBlobs: [] })).toContain(needle);
    expect(text).not.toContain(needle);
  });

  it('passes its own check and previews what the evaluator will see', () => {
    expect(checkPackage(data, sha256Text)).toEqual([]);
    expect(packagePreview(data)).toEqual({
      title: '基幹クラウド調達',
      evaluatorName: '委員 丙',
      vendors: 2,
      requirements: 2,
      criteriaVersion: 2,
      criteriaHash: latestVersion(chair.criteriaVersions)!.hash,
      sourceProcurementId: 'p1'
    });
  });
});

describe('checkPackage refuses an altered package', () => {
  it.each<[string, (b: ProcurementBundle) => void, PackageProblemCode, string?]>([
    [
      'a locked requirement’s points',
      (b) => void (b.criteriaVersions[0]!.requirements[1]!.points = 40),
      'criteriaAltered'
    ],
    ['a working requirement’s text', (b) => void (b.requirements[0]!.text = '別の本文'), 'criteriaAltered'],
    [
      'the working settings',
      (b) => void (b.procurement.settings = { ...b.procurement.settings, priceAllocation: 10 }),
      'criteriaAltered'
    ],
    ['the recorded hash', (b) => void (b.criteriaVersions[0]!.hash = '0'.repeat(64)), 'criteriaAltered'],
    [
      'a second criteria version',
      (b) => void b.criteriaVersions.push(b.criteriaVersions[0]!),
      'packageContents',
      'criteriaVersions'
    ],
    [
      'a second evaluator',
      (b) => void b.evaluators.push({ ...b.evaluators[0]!, id: 'e9' }),
      'packageContents',
      'evaluators'
    ],
    ['a submitted sheet', (b) => void (b.evaluators[0]!.submittedAt = T1), 'packageContents', 'evaluators'],
    [
      'another evaluator’s grade',
      (b) => void b.grades.push(grade('e1', 'v1', 'r1', { verdict: 'pass' })),
      'packageContents',
      'grades'
    ],
    [
      'a consensus',
      (b) => void b.consensus.push(chairBundle().consensus[0]!),
      'packageContents',
      'consensus'
    ],
    ['an audit entry', (b) => void b.audit.push(chairBundle().audit[0]!), 'packageContents', 'audit'],
    ['a bid', (b) => void (b.vendors[1]!.bidPrice = 1), 'packageContents', 'vendors'],
    [
      'a technical lock',
      (b) => void (b.procurement.technicalLock = { at: T1, by: 'x' }),
      'packageContents',
      'procurement'
    ]
  ])('%s', (_name, alter, code, part) => {
    const data = structuredClone(packageOf());
    alter(data.bundle);
    const problems = checkPackage(data, sha256Text);
    expect(problems.map((p) => p.code)).toEqual([code]);
    if (part) expect(problems[0]!.params).toEqual({ part });
  });
});

// ---------------------------------------------------------------- grades files

/** The evaluator's sheet on their PC: every cell graded, optionally submitted. */
function evaluatorGrades({ submitted = true } = {}): SignedGrades {
  const opened = openedBundle(packageOf(), T1);
  const cells = [
    grade('e3', 'v1', 'r1', { verdict: 'pass' }),
    grade('e3', 'v1', 'r2', { level: 'B' }),
    grade('e3', 'v2', 'r1', { verdict: 'fail' }),
    grade('e3', 'v2', 'r2', { level: 'D' })
  ];
  return buildGradesFile({
    procurement: opened.procurement,
    evaluators: opened.evaluators.map((e) => ({ ...e, submittedAt: submitted ? T1 : null })),
    grades: cells
  });
}

/** The chair's procurement with the package for e3 issued on the latest criteria, before the lock. */
function chairTarget(): GradesTarget {
  const bundle = chairBundle();
  const latest = latestVersion(bundle.criteriaVersions)!;
  return {
    procurement: {
      ...bundle.procurement,
      technicalLock: null,
      issuedPackages: [
        {
          id: 'pkg1',
          evaluatorId: 'e3',
          criteriaVersion: latest.version,
          criteriaHash: latest.hash,
          key: KEY,
          issuedAt: T1,
          issuedBy: '委員長',
          importedAt: null
        }
      ]
    },
    latest,
    evaluators: bundle.evaluators,
    vendors: bundle.vendors
  };
}

/** Changes the file's data and signs it again with the right key, as a genuine package would. */
const resigned =
  (change: (f: SignedGrades) => void) =>
  (f: SignedGrades): void => {
    change(f);
    f.mac = signGrades(f.data, KEY);
  };

describe('buildGradesFile', () => {
  it('carries the sheet of the package’s evaluator, sorted by cell, signed with the package key', () => {
    const file = evaluatorGrades();
    expect(file.data).toMatchObject({
      packageId: 'pkg1',
      sourceProcurementId: 'p1',
      evaluatorId: 'e3',
      evaluatorName: '委員 丙',
      criteriaVersion: 2,
      submittedAt: T1
    });
    expect(file.data.grades.map((g) => `${g.vendorId}|${g.requirementId}`)).toEqual([
      'v1|r1',
      'v1|r2',
      'v2|r1',
      'v2|r2'
    ]);
    expect(file.mac).toBe(hmacSha256Text(KEY, canonicalJson(file.data)));
  });
});

describe('verifyGradesFile', () => {
  it('accepts the genuine file', () => {
    expect(verifyGradesFile(evaluatorGrades(), chairTarget())).toEqual([]);
  });

  it.each<[string, (f: SignedGrades) => void, (t: GradesTarget) => void, PackageProblemCode[]]>([
    [
      'a package not issued here',
      resigned((f) => void (f.data.packageId = 'pkg9')),
      () => {},
      ['unknownPackage']
    ],
    [
      'another procurement',
      resigned((f) => void (f.data.sourceProcurementId = 'p9')),
      () => {},
      ['unknownPackage']
    ],
    [
      'imported for another evaluator',
      () => {},
      (t) => void (t.expectedEvaluatorId = 'e2'),
      ['otherEvaluator']
    ],
    [
      'another evaluator in the file',
      resigned((f) => void (f.data.evaluatorId = 'e2')),
      () => {},
      ['otherEvaluator']
    ],
    [
      'the evaluator removed here',
      () => {},
      (t) => void (t.evaluators = t.evaluators.slice(0, 2)),
      ['unknownEvaluator']
    ],
    [
      'other criteria in the file',
      resigned((f) => void (f.data.criteriaHash = 'a'.repeat(64))),
      () => {},
      ['otherCriteria']
    ],
    [
      'criteria changed here since',
      () => {},
      (t) => void (t.latest = { ...t.latest!, hash: 'b'.repeat(64) }),
      ['otherCriteria']
    ],
    [
      'criteria reopened here',
      () => {},
      (t) => void (t.procurement.criteriaReopen = { reason: '変更', at: T1, by: 'x' }),
      ['criteriaReopened']
    ],
    ['one level changed after export', (f) => void (f.data.grades[1]!.level = 'A'), () => {}, ['altered']],
    [
      'signed with another key',
      (f) => void (f.mac = signGrades(f.data, 'cd'.repeat(32))),
      () => {},
      ['altered']
    ],
    [
      'after the technical lock',
      () => {},
      (t) => void (t.procurement.technicalLock = { at: T1, by: 'x' }),
      ['technicalLocked']
    ],
    [
      'the sheet already submitted here',
      () => {},
      (t) => void (t.evaluators = t.evaluators.map((e) => ({ ...e, submittedAt: T1 }))),
      ['evaluatorSubmitted']
    ],
    [
      'a vendor not here',
      resigned((f) => void (f.data.grades[0]!.vendorId = 'v9')),
      () => {},
      ['unknownCell']
    ],
    [
      'a requirement not in the criteria',
      resigned((f) => void (f.data.grades[0]!.requirementId = 'r9')),
      () => {},
      ['unknownCell']
    ],
    [
      'a cell twice',
      resigned((f) => void f.data.grades.push({ ...f.data.grades[0]! })),
      () => {},
      ['duplicateCell']
    ],
    [
      'a level on a mandatory item',
      resigned((f) => void (f.data.grades[0] = { ...f.data.grades[0]!, verdict: null, level: 'A' })),
      () => {},
      ['invalidGrade']
    ],
    [
      'a level not in the rubric',
      resigned((f) => void (f.data.grades[1]!.level = 'Z')),
      () => {},
      ['invalidGrade']
    ]
  ])('refuses %s', (_name, alterFile, alterTarget, expected) => {
    const file = structuredClone(evaluatorGrades());
    const target = chairTarget();
    alterFile(file);
    alterTarget(target);
    expect(verifyGradesFile(file, target).map((p) => p.code)).toEqual(expected);
  });

  it('names both evaluators and both hashes in its messages', () => {
    const file = evaluatorGrades();
    const target = { ...chairTarget(), expectedEvaluatorId: 'e2' };
    expect(verifyGradesFile(file, target)[0]).toEqual({
      code: 'otherEvaluator',
      params: { expected: '委員 乙', found: '委員 丙' }
    });
    const changed = chairTarget();
    changed.latest = { ...changed.latest!, hash: 'b'.repeat(64) };
    expect(verifyGradesFile(file, changed)[0]).toEqual({
      code: 'otherCriteria',
      params: { hash: file.data.criteriaHash.slice(0, 16), current: 'b'.repeat(16) }
    });
  });
});

describe('planGradesMerge', () => {
  const target = chairTarget();
  const latest = target.latest!;
  const stored = chairBundle().grades; // e3 has v1|r2 level B with the same rationale as the file

  it.each<[string, (f: SignedGrades) => void, object, boolean]>([
    ['a complete submitted sheet', () => {}, { new: 3, changed: 0, unchanged: 1, keptOnly: 0 }, true],
    [
      'one stored cell changed',
      (f) => void (f.data.grades[1]!.level = 'A'),
      { new: 3, changed: 1, unchanged: 0 },
      true
    ],
    ['a rationale changed', (f) => void (f.data.grades[1]!.rationale = '書き直し'), { changed: 1 }, true],
    ['a draft', (f) => void (f.data.submittedAt = null), { new: 3 }, false],
    ['a cell left without rationale', (f) => void (f.data.grades[3]!.rationale = ' '), { new: 3 }, false],
    [
      'a cell missing from the file',
      (f) => void f.data.grades.splice(1, 1),
      { new: 3, unchanged: 0, keptOnly: 1 },
      true
    ],
    [
      'a cell missing and never graded here',
      (f) => void f.data.grades.splice(0, 1),
      { new: 2, unchanged: 1 },
      false
    ]
  ])('%s', (_name, alter, counts, submit) => {
    const file = structuredClone(evaluatorGrades());
    alter(file);
    const plan = planGradesMerge(file.data, stored, latest, target.vendors);
    expect(plan.counts).toMatchObject(counts);
    expect(plan.submit).toBe(submit);
    expect(
      plan.rows.find((r) => r.cell.vendorId === 'v1' && r.cell.requirementId === 'r2')?.existing?.id
    ).toBe(
      file.data.grades.some((g) => g.vendorId === 'v1' && g.requirementId === 'r2') ? 'g-e3-v1-r2' : undefined
    );
  });
});
