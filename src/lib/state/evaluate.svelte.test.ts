// The evaluate page's rules, read through EvaluateState over a plain workspace: whose sheet is
// open and when it is closed, what the chair may do, and each row's answer and files.
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTask } from '$lib/charts/deferred';
import { pbkdf2Sha256 } from '$lib/db';
import { sheetProgress } from '$lib/domain/evaluation';
import { makePassphraseRecord, PASSPHRASE_BOUNDS } from '$lib/domain/passphrase';
import type { EvidenceFile, PassphraseRecord, ProcurementBundle, Response } from '$lib/domain/model';
import { testBundle, workedExample, TEST_AT } from '$lib/testing/fixtures';
import { EvaluateState, type EvaluateWorkspace } from './evaluate.svelte';
import { notices } from './notices.svelte';
import { operatorPrompt } from './operator-prompt.svelte';
import { prefs } from './preferences.svelte';

class FakeWorkspace implements EvaluateWorkspace {
  bundle = $state.raw<ProcurementBundle | null>(null);
  busy = $state(false);
  performed = 0;

  constructor(bundle: ProcurementBundle) {
    this.bundle = bundle;
  }

  /** Counts the storage actions asked for; runs none (nothing here touches storage). */
  async perform(): Promise<boolean> {
    this.performed++;
    return false;
  }
  async performGradeSave(): Promise<boolean> {
    this.performed++;
    return false;
  }
}

const SUBMITTED = '2025-01-03T00:00:00.000Z';
const LOCK = { at: '2025-01-04T00:00:00.000Z', by: '委員長' };

/** The worked example: e1 is the chair, e2 and e3 members; every sheet complete, none submitted. */
function bundleOf(
  change: {
    submitted?: string[];
    locked?: boolean;
    packageFor?: string;
    responses?: Response[];
    evidenceFiles?: EvidenceFile[];
  } = {}
): ProcurementBundle {
  const bundle = testBundle(workedExample(), {
    procurement: {
      technicalLock: change.locked ? LOCK : null,
      packageOrigin: change.packageFor
        ? {
            packageId: 'pkg1',
            evaluatorId: change.packageFor,
            sourceProcurementId: 'chair-p1',
            criteriaVersion: 1,
            criteriaHash: 'ab'.repeat(32),
            key: 'cd'.repeat(32),
            openedAt: TEST_AT
          }
        : null
    },
    responses: change.responses ?? [],
    evidenceFiles: change.evidenceFiles ?? []
  });
  const submitted = new Set(change.submitted ?? []);
  return {
    ...bundle,
    evaluators: bundle.evaluators.map((e) => (submitted.has(e.id) ? { ...e, submittedAt: SUBMITTED } : e))
  };
}

function stateOf(bundle: ProcurementBundle, evaluatorId = '') {
  const workspace = new FakeWorkspace(bundle);
  const ev = new EvaluateState(() => workspace);
  ev.evaluatorId = evaluatorId;
  return { ev, workspace };
}

const ALL = ['e1', 'e2', 'e3'];

// The chair's acts need a named operator; these tests act as one unless they say otherwise.
beforeEach(() => {
  prefs.setOperator({ name: '委員長', affiliation: '' });
});

describe('EvaluateState: the chair', () => {
  it('is the chosen evaluator with the chair role, never a member', () => {
    expect(stateOf(bundleOf(), 'e1').ev.isChair).toBe(true);
    expect(stateOf(bundleOf(), 'e2').ev.isChair).toBe(false);
    expect(stateOf(bundleOf(), '').ev.isChair).toBe(false);
    expect(stateOf(bundleOf(), 'gone').ev.isChair).toBe(false);
  });

  it('has no chair part in an evaluator package, even for the chair', () => {
    const { ev } = stateOf(bundleOf({ packageFor: 'e1' }), 'e2');
    expect(ev.current?.id).toBe('e1');
    expect(ev.inPackage).toBe(true);
    expect(ev.isChair).toBe(false);
    expect(ev.mayReturn).toBe(false);
    expect(ev.lockOffered).toBe(false);
  });

  it('before every sheet is in: may return sheets, sees no result, may not lock', async () => {
    const { ev, workspace } = stateOf(bundleOf({ submitted: ['e2'] }), 'e1');
    await ev.loadScoring();
    expect(ev.mayReturn).toBe(true);
    expect(ev.result).toBeNull();
    expect(ev.mayRecordConsensus).toBe(false);
    expect(ev.lockOffered).toBe(true);
    expect(ev.allSubmitted).toBe(false);
    expect(ev.mayLock).toBe(false);
    ev.askLock();
    expect(ev.lockAsked).toBe(false);
    expect(workspace.performed).toBe(0);
  });

  it('once every sheet is in: records consensus, and locks after confirming', async () => {
    const { ev, workspace } = stateOf(bundleOf({ submitted: ALL }), 'e1');
    // The result waits for the scoring engine, which the chair's panel loads after the sheet.
    expect(ev.result).toBeNull();
    await ev.loadScoring();
    expect(ev.result).not.toBeNull();
    expect(ev.mayRecordConsensus).toBe(true);
    expect(ev.mayLock).toBe(true);
    ev.askLock();
    expect(ev.lockAsked).toBe(true);
    ev.cancelLock();
    expect(ev.lockAsked).toBe(false);
    expect(workspace.performed).toBe(0);
    ev.askLock();
    await ev.confirmLock();
    expect(ev.lockAsked).toBe(false);
    expect(workspace.performed).toBe(1);
  });

  it('may not lock while storage is busy', () => {
    const { ev, workspace } = stateOf(bundleOf({ submitted: ALL }), 'e1');
    workspace.busy = true;
    expect(ev.mayLock).toBe(false);
    workspace.busy = false;
    expect(ev.mayLock).toBe(true);
  });

  it('a member who has submitted sees no result and has no chair actions', async () => {
    const { ev } = stateOf(bundleOf({ submitted: ALL }), 'e2');
    await ev.loadScoring();
    expect(ev.result).toBeNull();
    expect(ev.mayRecordConsensus).toBe(false);
    expect(ev.mayLock).toBe(false);
  });

  it('after the technical lock: opens prices, and returns, consensus and the lock are over', () => {
    const { ev } = stateOf(bundleOf({ submitted: ALL, locked: true }), 'e1');
    expect(ev.mayOpenPrices).toBe(true);
    expect(ev.mayReturn).toBe(false);
    expect(ev.mayRecordConsensus).toBe(false);
    expect(ev.lockOffered).toBe(false);
    expect(ev.mayLock).toBe(false);
    expect(stateOf(bundleOf({ submitted: ALL, locked: true }), 'e2').ev.mayOpenPrices).toBe(false);
    expect(stateOf(bundleOf({ submitted: ALL }), 'e1').ev.mayOpenPrices).toBe(false);
  });
});

describe('EvaluateState: the closed sheet', () => {
  it.each([
    { case: 'an open sheet', evaluator: 'e2', change: {}, busy: false, closed: false },
    { case: 'nobody chosen', evaluator: '', change: {}, busy: false, closed: true },
    { case: 'an evaluator no longer there', evaluator: 'gone', change: {}, busy: false, closed: true },
    // A save in progress leaves the sheet open: disabling it would take the focus from the keyboard.
    { case: 'storage busy', evaluator: 'e2', change: {}, busy: true, closed: false },
    { case: 'submitted', evaluator: 'e2', change: { submitted: ['e2'] }, busy: false, closed: true },
    {
      case: "another's submission",
      evaluator: 'e2',
      change: { submitted: ['e1'] },
      busy: false,
      closed: false
    },
    { case: 'technically locked', evaluator: 'e2', change: { locked: true }, busy: false, closed: true },
    {
      case: "the package's evaluator",
      evaluator: '',
      change: { packageFor: 'e3' },
      busy: false,
      closed: false
    },
    {
      case: 'the package evaluator, submitted',
      evaluator: '',
      change: { packageFor: 'e3', submitted: ['e3'] },
      busy: false,
      closed: true
    }
  ])('$case: closed $closed', ({ evaluator, change, busy, closed }) => {
    const { ev, workspace } = stateOf(bundleOf(change), evaluator);
    workspace.busy = busy;
    expect(ev.sheetClosed).toBe(closed);
  });

  it('offers submission only for a complete sheet, once its progress is worked out', async () => {
    const { ev, workspace } = stateOf(bundleOf(), 'e2');
    // Opening the sheet: its rows first, the progress over every vendor in a task of its own.
    expect(ev.progress).toBeNull();
    expect(ev.maySubmit).toBe(false);
    await nextTask();
    expect(ev.openCells).toBe(0);
    expect(ev.maySubmit).toBe(true);
    workspace.busy = true;
    expect(ev.maySubmit).toBe(false);
    workspace.busy = false;
    const bundle = bundleOf();
    workspace.bundle = { ...bundle, grades: bundle.grades.filter((g) => g.evaluatorId !== 'e2') };
    // Every sheet of theirs changed: worked out again in a task, and not offered meanwhile.
    expect(ev.progress).toBeNull();
    expect(ev.maySubmit).toBe(false);
    await nextTask();
    expect(ev.openCells).toBe(ev.progress!.total);
    expect(ev.maySubmit).toBe(false);
  });

  it('keeps its progress as sheetProgress gives it through a grade save, with no gap', async () => {
    const bundle = bundleOf();
    const { ev, workspace } = stateOf(bundle, 'e2');
    expect(ev.progress).toBeNull();
    await nextTask();
    expect(ev.progress).toEqual(sheetProgress(bundle.requirements, bundle.vendors, bundle.grades, 'e2'));
    const saved = bundle.grades.find((g) => g.evaluatorId === 'e2')!;
    // A grade save: one grade replaced, and a new procurement row (its audit head moved on).
    workspace.bundle = {
      ...bundle,
      procurement: { ...bundle.procurement },
      grades: bundle.grades.map((g) => (g === saved ? { ...g, rationale: ' ' } : g))
    };
    const grades = workspace.bundle.grades;
    // One sheet changed: its part is worked out at once, the bar never goes blank.
    expect(ev.progress).toEqual(sheetProgress(bundle.requirements, bundle.vendors, grades, 'e2'));
    expect(ev.openCells).toBe(1);
    expect(ev.gradeOf(saved.vendorId, saved.requirementId)?.rationale).toBe(' ');
  });

  it('works any evaluator’s progress out after a task, as sheetProgress gives it', async () => {
    const bundle = bundleOf();
    const { ev } = stateOf(bundle, 'e1');
    expect(ev.progressLater('e1')).toBeNull();
    expect(ev.progressLater('e2')).toBeNull();
    await nextTask();
    expect(ev.progressLater('e1')).toEqual(
      sheetProgress(bundle.requirements, bundle.vendors, bundle.grades, 'e1', 0)
    );
    expect(ev.progressLater('e2')).toEqual(
      sheetProgress(bundle.requirements, bundle.vendors, bundle.grades, 'e2', 0)
    );
  });
});

const AT = TEST_AT;

function response(id: string, vendorId: string, requirementId: string): Response {
  return {
    id,
    procurementId: 'p1',
    vendorId,
    requirementId,
    answer: 'full',
    explanation: '',
    evidenceRefs: '',
    updatedAt: AT,
    source: 'manual'
  };
}

function responseFile(id: string, vendorId: string, responseId: string): EvidenceFile {
  return {
    id,
    procurementId: 'p1',
    vendorId,
    ownerKind: 'response',
    ownerId: responseId,
    name: `${id}.pdf`,
    type: 'application/pdf',
    size: 1,
    sha256: '00'.repeat(32),
    addedAt: AT,
    addedBy: '山田'
  };
}

describe('EvaluateState: the rows of the sheet', () => {
  it("finds each row's answer and the files attached to it", () => {
    const { ev } = stateOf(
      bundleOf({
        responses: [response('a1', 'A', 'm1'), response('a2', 'B', 'm1')],
        evidenceFiles: [
          responseFile('f1', 'A', 'a1'),
          responseFile('f2', 'B', 'a2'),
          responseFile('f3', 'A', 'a1')
        ]
      }),
      'e2'
    );
    expect(ev.answerOf('A', 'm1')?.id).toBe('a1');
    expect(ev.answerOf('B', 'm1')?.id).toBe('a2');
    expect(ev.answerOf('A', 'm2')).toBeUndefined();
    expect(ev.answerFilesOf('A', 'm1').map((f) => f.name)).toEqual(['f1.pdf', 'f3.pdf']);
    expect(ev.answerFilesOf('B', 'm1').map((f) => f.name)).toEqual(['f2.pdf']);
    expect(ev.answerFilesOf('A', 'm2')).toEqual([]);
  });

  it("shows the evaluator's own grade, and the others' only once both have submitted", () => {
    expect(stateOf(bundleOf(), 'e2').ev.gradeOf('A', 's1')?.level).toBe('A');
    const blind = stateOf(bundleOf({ submitted: ['e1'] }), 'e2').ev;
    expect(blind.showsOthers).toBe(false);
    expect(blind.othersOf('A', 's1')).toEqual([]);
    const open = stateOf(bundleOf({ submitted: ['e1', 'e2'] }), 'e2').ev;
    expect(open.showsOthers).toBe(true);
    expect(open.othersOf('A', 's1').map((o) => [o.name, o.grade.level])).toEqual([['評価者1', 'A']]);
  });

  it('reads the locked requirements by position, and masks vendors by position', () => {
    const bundle = bundleOf();
    const [version] = bundle.criteriaVersions;
    const shuffled = { ...version!, requirements: [...version!.requirements].reverse() };
    const { ev } = stateOf({ ...bundle, criteriaVersions: [shuffled] }, 'e2');
    expect(ev.requirements.map((r) => r.id)).toEqual(['m1', 'm2', 's1', 's2', 's3']);
    const masked = (letter: string) => `事業者${letter}`;
    expect(ev.vendorLabel('B', masked)).toBe('社B');
    ev.masked = true;
    expect(ev.vendors.map((v) => ev.vendorLabel(v.id, masked))).toEqual(['事業者A', '事業者B', '事業者C']);
    expect(ev.shownVendor?.id).toBe('A');
    ev.showVendor('C');
    expect(ev.shownVendor?.id).toBe('C');
    ev.showVendor('gone');
    expect(ev.shownVendor?.id).toBe('A');
  });
});

describe("EvaluateState: a sheet's cells", () => {
  // The page replaces the sheet on a switch, and a focused rationale fires its change event as it is
  // removed, after the switch: what it saves must land on the cell it was typed into.
  it('a save from a sheet left by an evaluator switch stays on that sheet, not the one shown now', async () => {
    const { ev } = stateOf(bundleOf(), 'e2');
    const left = { evaluatorId: 'e2', vendorId: 'C' };
    ev.showVendor('C');
    ev.typeRationale(left, 's2', 'e2 の理由');
    ev.evaluatorId = 'e1';
    const s2 = ev.requirements.find((r) => r.id === 's2')!;
    // Nothing runs the write here, so what was typed stays a draft, on the cell it was saved to.
    await ev.saveGrade(left, s2, { rationale: 'e2 の理由' });
    expect(ev.current?.id).toBe('e1');
    expect(ev.draftOf(left, 's2')).toEqual({ rationale: 'e2 の理由' });
    expect(ev.draftOf({ evaluatorId: 'e1', vendorId: 'C' }, 's2')).toBeUndefined();
  });

  it('a save from a sheet left by a vendor switch stays on that vendor', async () => {
    const { ev } = stateOf(bundleOf(), 'e2');
    const left = { evaluatorId: 'e2', vendorId: 'A' };
    ev.typeRationale(left, 's1', 'A社の理由');
    ev.showVendor('B');
    const s1 = ev.requirements.find((r) => r.id === 's1')!;
    await ev.saveGrade(left, s1, { rationale: 'A社の理由' });
    expect(ev.draftOf(left, 's1')).toEqual({ rationale: 'A社の理由' });
    expect(ev.draftOf({ evaluatorId: 'e2', vendorId: 'B' }, 's1')).toBeUndefined();
  });
});

describe('EvaluateState: without an operator name', () => {
  it('does not ask to lock: it says why and offers the operator form', () => {
    prefs.setOperator({ name: '', affiliation: '' });
    notices.clear();
    const requested = operatorPrompt.requested;
    const { ev, workspace } = stateOf(bundleOf({ submitted: ALL }), 'e1');
    expect(ev.mayLock).toBe(true);
    ev.askLock();
    expect(ev.lockAsked).toBe(false);
    expect(workspace.performed).toBe(0);
    expect(notices.items.map((n) => n.key)).toEqual(['people.operator.required']);
    expect(operatorPrompt.requested).toBe(requested + 1);
  });
});

describe('EvaluateState: a sheet with a passphrase', () => {
  // The real PBKDF2 at the lowest iteration count a record may have, to keep the test quick.
  const record = (passphrase: string): Promise<PassphraseRecord> =>
    makePassphraseRecord(
      passphrase,
      'a1'.repeat(32),
      pbkdf2Sha256,
      TEST_AT,
      PASSPHRASE_BOUNDS.iterations.min
    );

  async function protectedBundle(): Promise<ProcurementBundle> {
    const bundle = bundleOf({ submitted: ALL });
    const chair = await record('委員長の合言葉');
    const member = await record('委員の合言葉');
    return {
      ...bundle,
      evaluators: bundle.evaluators.map((e) =>
        e.id === 'e1' ? { ...e, passphrase: chair } : e.id === 'e2' ? { ...e, passphrase: member } : e
      )
    };
  }

  it("opens nothing until the sheet's own passphrase is given; the chair's panel likewise", async () => {
    const { ev } = stateOf(await protectedBundle(), 'e1');
    await ev.loadScoring();
    expect(ev.chosen?.id).toBe('e1');
    expect(ev.passphraseAsked).toBe(true);
    expect(ev.current).toBeNull();
    expect(ev.isChair).toBe(false);
    expect(ev.result).toBeNull();
    expect(ev.lockOffered).toBe(false);

    expect(await ev.unlock('委員の合言葉')).toBe(false);
    expect(ev.wrongPassphrase).toBe(true);
    expect(ev.current).toBeNull();

    expect(await ev.unlock('委員長の合言葉')).toBe(true);
    expect(ev.wrongPassphrase).toBe(false);
    expect(ev.current?.id).toBe('e1');
    expect(ev.isChair).toBe(true);
    expect(ev.protectedOthers.map((e) => e.id)).toEqual(['e2']);
  });

  it('asks again after a switch to another sheet and back', async () => {
    const { ev } = stateOf(await protectedBundle(), 'e2');
    expect(await ev.unlock('委員の合言葉')).toBe(true);
    expect(ev.current?.id).toBe('e2');
    ev.evaluatorId = 'e3';
    expect(ev.passphraseAsked).toBe(false);
    expect(ev.current?.id).toBe('e3');
    ev.evaluatorId = 'e2';
    expect(ev.passphraseAsked).toBe(true);
    expect(ev.current).toBeNull();
  });

  it('a sheet without a passphrase opens at once', async () => {
    const { ev } = stateOf(await protectedBundle(), 'e3');
    expect(ev.passphraseAsked).toBe(false);
    expect(ev.current?.id).toBe('e3');
  });

  it('refuses a new passphrase that is too short or not confirmed, storing nothing', async () => {
    const { ev, workspace } = stateOf(bundleOf(), 'e3');
    expect(await ev.setPassphrase('abc', 'abc')).toEqual(['tooShort']);
    expect(await ev.setPassphrase('合言葉です', '合言葉でした')).toEqual(['mismatch']);
    expect(workspace.performed).toBe(0);
  });

  it('only the chair may reset, and only when the chair panel is open', async () => {
    const member = stateOf(await protectedBundle(), 'e3');
    await member.ev.resetPassphrase('e2');
    expect(member.workspace.performed).toBe(0);
    const chair = stateOf(await protectedBundle(), 'e1');
    await chair.ev.resetPassphrase('e2');
    expect(chair.workspace.performed).toBe(0);
    await chair.ev.unlock('委員長の合言葉');
    await chair.ev.resetPassphrase('e2');
    expect(chair.workspace.performed).toBe(1);
  });
});
