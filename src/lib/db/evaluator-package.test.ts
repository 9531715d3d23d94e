import { beforeEach, describe, expect, it } from 'vitest';
import { gradesDigest } from '$lib/domain/evaluation';
import type { PackageData, PackageProblemCode, SignedGrades } from '$lib/domain/evaluator-package';
import {
  GRADES_FILE_TYPE,
  PACKAGE_FILE_TYPE,
  type GradesEnvelope,
  type PackageEnvelope
} from '$lib/domain/evaluator-package-file';
import { toBackupBundle } from '$lib/domain/restore';
import { sha256Text } from '$lib/domain/sha256';
import { listAudit, verifyAudit } from './audit';
import { loadBundle } from './bundle';
import { lockCriteria, reopenCriteria } from './criteria';
import { useDatabase } from './database';
import { StorageError } from './errors';
import { lockTechnicalEvaluation, submitEvaluation } from './evaluation';
import {
  applyGradesFile,
  exportGradesFile,
  issueEvaluatorPackage,
  openEvaluatorPackage,
  readEvaluatorPackage,
  readGradesFile,
  type GradesReadResult,
  type PackageReadResult
} from './evaluator-package';
import { putGrade } from './grades';
import { getProcurement } from './procurements';
import { updateRequirement } from './requirements';
import type { SenteiDb } from './schema';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

const META = { appVersion: '0.1.0', exportedAt: '2026-02-01T00:00:00.000Z' };
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
const chairCtx = testContext('委員長');

// The files as src/lib/io writes them (storage may not import io, so the envelopes are built here).
const packageFileText = (data: PackageData, meta: typeof META): string =>
  JSON.stringify({
    type: PACKAGE_FILE_TYPE,
    schemaVersion: 1,
    ...meta,
    data: { ...data, bundle: toBackupBundle(data.bundle) }
  } satisfies PackageEnvelope);
const gradesFileText = (file: SignedGrades, meta: typeof META): string =>
  JSON.stringify({ type: GRADES_FILE_TYPE, schemaVersion: 1, ...meta, ...file } satisfies GradesEnvelope);
const memberCtx = testContext('委員');

let chairDb: SenteiDb;
beforeEach(() => {
  chairDb = freshDb();
});

/** The chair's procurement with criteria locked again (the seed leaves them reopened). */
async function chairProcurement(title = '基幹クラウド調達') {
  const s = await seedProcurement(chairCtx, title);
  const locked = await lockCriteria(chairCtx, s.p.id);
  if (!locked.ok) throw new Error('not lockable');
  return s;
}

function opened(result: PackageReadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

function accepted(result: GradesReadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

const codes = (result: { ok: boolean; problems?: { code: PackageProblemCode }[] }) =>
  result.ok ? [] : (result.problems ?? []).map((p) => p.code);

/**
 * An evaluator's whole trip on their own PC (a second, empty database): open the package, grade
 * every cell, optionally submit, export the grades file. Back in the chair's database afterwards.
 */
async function evaluatorTrip(packageText: string, { submit = true, level = 'A' } = {}) {
  const evaluatorDb = freshDb();
  const read = opened(await readEvaluatorPackage(packageText, bytes(packageText)));
  const open = await openEvaluatorPackage(memberCtx, read.contents);
  if (!open.ok) throw new Error('not opened');
  const bundle = await loadBundle(open.procurementId);
  const evaluatorId = bundle.procurement.packageOrigin!.evaluatorId;
  for (const v of bundle.vendors) {
    for (const r of bundle.requirements) {
      await putGrade(memberCtx, {
        procurementId: open.procurementId,
        evaluatorId,
        vendorId: v.id,
        requirementId: r.id,
        verdict: null,
        level,
        rationale: `${v.company} ${r.ref} の評価理由`
      });
    }
  }
  if (submit) await submitEvaluation(memberCtx, evaluatorId);
  const out = await exportGradesFile(memberCtx, open.procurementId);
  const text = gradesFileText(out.file, META);
  useDatabase(chairDb);
  return { text, evaluatorDb, procurementId: open.procurementId, out };
}

async function issueText(procurementId: string, evaluatorId: string): Promise<string> {
  const issued = await issueEvaluatorPackage(chairCtx, procurementId, evaluatorId);
  return packageFileText(issued.data, META);
}

function edited<T>(text: string, edit: (json: T) => void): string {
  const json = JSON.parse(text) as T;
  edit(json);
  return JSON.stringify(json);
}

describe('evaluator package round trip', () => {
  it('a grades file is neither exported nor imported without an operator name, and nothing changes', async () => {
    const anonymous = testContext('（氏名未設定）', false);
    const refusal = async (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (e: unknown) => (e instanceof StorageError ? e.code : String(e))
      );
    const s = await chairProcurement();
    const trip = await evaluatorTrip(await issueText(s.p.id, s.e2.id));

    useDatabase(trip.evaluatorDb);
    const exportsBefore = (await listAudit(trip.procurementId)).length;
    expect(await refusal(exportGradesFile(anonymous, trip.procurementId))).toBe('operatorRequired');
    expect((await listAudit(trip.procurementId)).length).toBe(exportsBefore);
    useDatabase(chairDb);

    const read = accepted(await readGradesFile(s.p.id, trip.text, bytes(trip.text)));
    const before = await loadBundle(s.p.id);
    expect(await refusal(applyGradesFile(anonymous, s.p.id, read.contents))).toBe('operatorRequired');
    const after = await loadBundle(s.p.id);
    expect(after.grades).toEqual(before.grades);
    expect(after.audit.length).toBe(before.audit.length);
    expect(after.procurement.issuedPackages[0]!.importedAt).toBeNull();
  });

  it('goes out, is graded in a second empty database, and comes back merged with one audit entry', async () => {
    const s = await chairProcurement();
    const before = await loadBundle(s.p.id);
    const text = await issueText(s.p.id, s.e2.id);

    const issued = (await getProcurement(s.p.id))!.issuedPackages;
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ evaluatorId: s.e2.id, criteriaVersion: 2, importedAt: null });
    expect(issued[0]!.key).toMatch(/^[0-9a-f]{64}$/);
    const issueEntry = (await listAudit(s.p.id)).at(-1)!;
    expect(issueEntry.action).toBe('evaluatorPackage.issue');
    expect(`${issueEntry.before}${issueEntry.after}`).not.toContain(issued[0]!.key);

    const trip = await evaluatorTrip(text);
    // On the evaluator's PC: a new procurement with the chair's id, its chain opened by the package.
    useDatabase(trip.evaluatorDb);
    const copy = await loadBundle(trip.procurementId);
    expect(trip.procurementId).toBe(s.p.id);
    expect(copy.procurement.packageOrigin).toMatchObject({ packageId: issued[0]!.id, evaluatorId: s.e2.id });
    expect(copy.evaluators.map((e) => e.id)).toEqual([s.e2.id]);
    expect(copy.consensus).toEqual([]);
    expect(copy.audit.slice(0, 2).map((e) => e.action)).toEqual([
      'procurement.create',
      'evaluatorPackage.open'
    ]);
    expect(copy.audit.at(-1)!.action).toBe('evaluatorPackage.exportGrades');
    expect((await verifyAudit(trip.procurementId)).ok).toBe(true);
    expect(copy.evidenceBlobs.map((b) => new Uint8Array(b.data))).toEqual(
      before.evidenceBlobs.map((b) => new Uint8Array(b.data))
    );
    useDatabase(chairDb);

    // e2 had one seeded grade (v2 × r2, level B, no rationale): it changes; three cells are new.
    const read = accepted(await readGradesFile(s.p.id, trip.text, bytes(trip.text)));
    expect(read.preview).toMatchObject({
      evaluatorId: s.e2.id,
      evaluatorName: '委員',
      counts: { new: 3, changed: 1, unchanged: 0, keptOnly: 0 },
      fileSubmitted: true,
      submit: true,
      existing: 1
    });
    const auditBefore = (await listAudit(s.p.id)).length;
    const applied = await applyGradesFile(chairCtx, s.p.id, read.contents);
    expect(applied).toEqual({ ok: true, counts: read.preview.counts, submitted: true });

    const after = await loadBundle(s.p.id);
    const mine = after.grades.filter((g) => g.evaluatorId === s.e2.id);
    expect(mine).toHaveLength(4);
    expect(mine.every((g) => g.level === 'A' && g.rationale.endsWith('の評価理由'))).toBe(true);
    expect(after.grades.filter((g) => g.evaluatorId === s.e1.id)).toEqual(
      before.grades.filter((g) => g.evaluatorId === s.e1.id)
    );
    expect(after.consensus).toEqual(before.consensus);
    expect(after.evaluators.find((e) => e.id === s.e2.id)!.submittedAt).toBe(trip.out.file.data.submittedAt);
    expect(after.procurement.issuedPackages[0]!.importedAt).not.toBeNull();
    const audit = await listAudit(s.p.id);
    expect(audit.length).toBe(auditBefore + 1);
    const entry = audit.at(-1)!;
    expect(entry.action).toBe('evaluatorPackage.importGrades');
    expect(JSON.parse(entry.after)).toMatchObject({
      new: 3,
      changed: 1,
      submitted: true,
      gradesHash: gradesDigest(mine, [], sha256Text)
    });
    expect((await verifyAudit(s.p.id)).ok).toBe(true);

    // The same file again: every cell unchanged, but the sheet is now submitted here.
    expect(codes(await readGradesFile(s.p.id, trip.text, bytes(trip.text)))).toEqual(['evaluatorSubmitted']);
  });

  it('imports a draft without recording a submission, and a later file replaces it cell by cell', async () => {
    const s = await chairProcurement();
    const text = await issueText(s.p.id, s.e2.id);
    const draft = await evaluatorTrip(text, { submit: false, level: 'C' });
    const read = accepted(await readGradesFile(s.p.id, draft.text, bytes(draft.text)));
    expect(read.preview).toMatchObject({ fileSubmitted: false, submit: false });
    await applyGradesFile(chairCtx, s.p.id, read.contents);
    expect((await loadBundle(s.p.id)).evaluators.find((e) => e.id === s.e2.id)!.submittedAt).toBeNull();

    // A re-issued package carries the sheet as imported; the evaluator changes every level.
    const again = await issueText(s.p.id, s.e2.id);
    expect((await getProcurement(s.p.id))!.issuedPackages).toHaveLength(2);
    const final = await evaluatorTrip(again, { level: 'B' });
    const second = accepted(await readGradesFile(s.p.id, final.text, bytes(final.text)));
    expect(second.preview.counts).toEqual({ new: 0, changed: 4, unchanged: 0, keptOnly: 0 });
    // The older package stays valid: its draft file still reads (nothing submitted yet).
    expect(
      accepted(await readGradesFile(s.p.id, draft.text, bytes(draft.text))).preview.counts.unchanged
    ).toBe(4);
  });
});

describe('grades files refused', () => {
  it.each<[string, (text: string) => string, PackageProblemCode[]]>([
    [
      'altered after export (one level changed)',
      (text) => edited<GradesEnvelope>(text, (j) => void (j.data.grades[0]!.level = 'E')),
      ['altered']
    ],
    [
      'another evaluator written into the file',
      (text) => edited<GradesEnvelope>(text, (j) => void (j.data.evaluatorId = 'someone-else')),
      ['otherEvaluator', 'altered']
    ],
    [
      'a package id not issued here',
      (text) => edited<GradesEnvelope>(text, (j) => void (j.data.packageId = 'not-issued')),
      ['unknownPackage']
    ],
    ['not JSON', () => '{"type":', ['notJson']],
    ['a backup file', () => JSON.stringify({ type: 'sentei-backup', schemaVersion: 1 }), ['wrongFileType']],
    [
      'a newer format',
      (text) => edited<GradesEnvelope>(text, (j) => void (j.schemaVersion = 2)),
      ['futureVersion']
    ],
    [
      'a grade without its rationale field',
      (text) =>
        edited<GradesEnvelope>(
          text,
          (j) => void delete (j.data.grades[0] as { rationale?: string }).rationale
        ),
      ['badShape']
    ]
  ])('%s', async (_name, edit, expected) => {
    const s = await chairProcurement();
    const trip = await evaluatorTrip(await issueText(s.p.id, s.e2.id));
    const text = edit(trip.text);
    const before = await loadBundle(s.p.id);
    const result = await readGradesFile(s.p.id, text, bytes(text));
    expect(codes(result)).toEqual(expected);
    expect(await loadBundle(s.p.id)).toEqual(before);
  });

  it('refuses a file made for another evaluator than the one it is imported for', async () => {
    const s = await chairProcurement();
    const trip = await evaluatorTrip(await issueText(s.p.id, s.e2.id));
    const result = await readGradesFile(s.p.id, trip.text, bytes(trip.text), s.e1.id);
    expect(result.ok ? null : result.problems).toEqual([
      { code: 'otherEvaluator', params: { expected: '委員長', found: '委員' } }
    ]);
  });

  it('refuses a file from a package of another procurement', async () => {
    const s = await chairProcurement();
    const other = await chairProcurement('別の調達');
    const trip = await evaluatorTrip(await issueText(other.p.id, other.e2.id));
    expect(codes(await readGradesFile(s.p.id, trip.text, bytes(trip.text)))).toEqual(['unknownPackage']);
  });

  it('refuses a file made for other criteria (changed and locked again since the package)', async () => {
    const s = await chairProcurement();
    const trip = await evaluatorTrip(await issueText(s.p.id, s.e2.id));
    await reopenCriteria(chairCtx, s.p.id, '配点の見直しのため');
    expect(codes(await readGradesFile(s.p.id, trip.text, bytes(trip.text)))).toEqual(['criteriaReopened']);
    await updateRequirement(chairCtx, s.r1.id, { points: 7 });
    const relocked = await lockCriteria(chairCtx, s.p.id);
    const result = await readGradesFile(s.p.id, trip.text, bytes(trip.text));
    expect(codes(result)).toEqual(['otherCriteria']);
    expect(result.ok ? null : result.problems[0]!.params?.current).toBe(
      relocked.ok ? relocked.version.hash.slice(0, 16) : ''
    );
  });

  it('refuses a file after the technical lock (also at apply time, after the preview), and a new package', async () => {
    const s = await chairProcurement();
    const trip = await evaluatorTrip(await issueText(s.p.id, s.e2.id));
    const read = accepted(await readGradesFile(s.p.id, trip.text, bytes(trip.text)));
    await applyGradesFile(chairCtx, s.p.id, read.contents);
    // e1 completes and submits here; then the technical lock.
    const bundle = await loadBundle(s.p.id);
    for (const v of bundle.vendors) {
      for (const r of bundle.requirements) {
        await putGrade(chairCtx, {
          procurementId: s.p.id,
          evaluatorId: s.e1.id,
          vendorId: v.id,
          requirementId: r.id,
          verdict: null,
          level: 'B',
          rationale: '理由'
        });
      }
    }
    await submitEvaluation(chairCtx, s.e1.id);
    await lockTechnicalEvaluation(chairCtx, s.p.id);
    expect(codes(await readGradesFile(s.p.id, trip.text, bytes(trip.text)))).toContain('technicalLocked');
    const late = await applyGradesFile(chairCtx, s.p.id, read.contents);
    expect(codes(late)).toContain('technicalLocked');
    const issue = await issueEvaluatorPackage(chairCtx, s.p.id, s.e2.id).catch((e: unknown) => e);
    expect((issue as StorageError).code).toBe('gradingClosed');
  });
});

describe('issuing and opening packages', () => {
  it('refuses to issue while the criteria are reopened', async () => {
    const s = await seedProcurement(chairCtx);
    const error = await issueEvaluatorPackage(chairCtx, s.p.id, s.e2.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('criteriaNotLocked');
    expect((await getProcurement(s.p.id))!.issuedPackages).toEqual([]);
  });

  it('refuses a package already here: in the chair’s own browser, and opened a second time', async () => {
    const s = await chairProcurement();
    const text = await issueText(s.p.id, s.e2.id);
    expect(await readEvaluatorPackage(text, bytes(text))).toEqual({
      ok: false,
      problems: [{ code: 'alreadyHere', params: { title: '基幹クラウド調達' } }],
      issues: []
    });
    freshDb();
    const read = opened(await readEvaluatorPackage(text, bytes(text)));
    expect(read.preview).toMatchObject({
      title: '基幹クラウド調達',
      evaluatorName: '委員',
      vendors: 2,
      requirements: 2
    });
    expect((await openEvaluatorPackage(memberCtx, read.contents)).ok).toBe(true);
    expect(codes(await readEvaluatorPackage(text, bytes(text)))).toEqual(['alreadyHere']);
    expect(codes(await openEvaluatorPackage(memberCtx, read.contents))).toEqual(['alreadyHere']);
  });

  it.each<[string, (j: PackageEnvelope) => void, PackageProblemCode[]]>([
    [
      'a requirement’s points changed',
      (j) => void (j.data.bundle.criteriaVersions[0]!.requirements[0]!.points = 9),
      ['criteriaAltered']
    ],
    [
      'the working requirements changed',
      (j) => void (j.data.bundle.requirements[0]!.title = '別の要件'),
      ['criteriaAltered']
    ],
    ['a bid written in', (j) => void (j.data.bundle.vendors[0]!.bidPrice = 1000), ['packageContents']],
    [
      'evidence bytes replaced',
      (j) => void (j.data.bundle.evidenceBlobs[0]!.data = 'AAAA'),
      ['evidenceAltered']
    ],
    ['a broken key', (j) => void (j.data.key = 'xyz'), ['badShape']]
  ])('refuses an altered package: %s', async (_name, edit, expected) => {
    const s = await chairProcurement();
    const text = edited<PackageEnvelope>(await issueText(s.p.id, s.e2.id), edit);
    freshDb();
    expect(codes(await readEvaluatorPackage(text, bytes(text)))).toEqual(expected);
  });

  it('refuses to export grades from a procurement that did not come from a package', async () => {
    const s = await chairProcurement();
    const error = await exportGradesFile(chairCtx, s.p.id).catch((e: unknown) => e);
    expect((error as StorageError).code).toBe('invalidInput');
  });
});
