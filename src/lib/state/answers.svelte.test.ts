// Attaching evidence to an answer, through AnswersState over a real workspace and storage: the
// file is stored as given, the answer row is left as stored, and the notice says what was done.
import { beforeEach, describe, expect, it } from 'vitest';
import { getEvidenceBytes, listAudit, listResponses } from '$lib/db';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { AnswersState, isAnswerControl } from './answers.svelte';
import { notices } from './notices.svelte';
import { WorkspaceState } from './workspace.svelte';

beforeEach(() => {
  freshDb();
  notices.clear();
});

async function open() {
  const seeded = await seedProcurement(testContext());
  const workspace = new WorkspaceState(seeded.p.id);
  await workspace.load();
  return { seeded, workspace };
}

const PROOF = new TextEncoder().encode('%PDF-1.4\n% 証跡\n%%EOF\n');

describe('AnswersState.attach', () => {
  it('stores the file and leaves the answer row as stored, with its own notice', async () => {
    const { seeded, workspace } = await open();
    const answers = new AnswersState(() => workspace, seeded.v1.id);
    const before = await listResponses(seeded.p.id);
    const auditBefore = (await listAudit(seeded.p.id)).length;

    await answers.attach(seeded.r1.id, 'R-001', [new File([PROOF], 'mfa.pdf', { type: 'application/pdf' })]);

    expect(await listResponses(seeded.p.id)).toEqual(before);
    const added = workspace.bundle!.evidenceFiles.filter(
      (f) => f.ownerKind === 'response' && f.ownerId === seeded.res1.id
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ name: 'mfa.pdf', type: 'application/pdf', size: PROOF.byteLength });
    expect(new Uint8Array((await getEvidenceBytes(added[0]!.id))!)).toEqual(PROOF);
    const audit = (await listAudit(seeded.p.id)).slice(auditBefore).map((e) => e.action);
    expect(audit).toEqual(['evidence.add']);
    expect(notices.items.map(({ key, params }) => ({ key, params }))).toEqual([
      { key: 'answers.evidenceAttached', params: { ref: 'R-001', name: 'mfa.pdf' } }
    ]);
  });

  it('records an empty answer for an unanswered row, and attaches to it', async () => {
    const { seeded, workspace } = await open();
    const answers = new AnswersState(() => workspace, seeded.v1.id);

    await answers.attach(seeded.r2.id, 'R-002', [new File([PROOF], 'scan.png', { type: 'image/png' })]);

    const row = (await listResponses(seeded.p.id)).find(
      (r) => r.vendorId === seeded.v1.id && r.requirementId === seeded.r2.id
    );
    expect(row).toMatchObject({ answer: null, explanation: '', evidenceRefs: '' });
    const files = workspace.bundle!.evidenceFiles.filter((f) => f.ownerId === row!.id);
    expect(files.map((f) => [f.name, f.type])).toEqual([['scan.png', 'image/png']]);
    expect(notices.items.map((n) => n.key)).toEqual(['answers.evidenceAttached']);
  });

  it('reports a refused file and stores nothing', async () => {
    const { seeded, workspace } = await open();
    const answers = new AnswersState(() => workspace, seeded.v1.id);
    const count = workspace.bundle!.evidenceFiles.length;

    await answers.attach(seeded.r1.id, 'R-001', [new File([], 'empty.pdf', { type: 'application/pdf' })]);

    expect(workspace.bundle!.evidenceFiles).toHaveLength(count);
    expect(notices.items.map((n) => [n.tone, n.key])).toEqual([['error', 'vendor.evidence.emptyFile']]);
  });
});

describe('isAnswerControl', () => {
  it.each([
    ['answer', true],
    ['explanation', true],
    ['evidenceRefs', true],
    ['', false],
    ['file', false]
  ])('%j → %s', (name, expected) => {
    expect(isAnswerControl(name)).toBe(expected);
  });
});
