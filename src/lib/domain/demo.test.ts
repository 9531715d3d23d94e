import { describe, expect, it } from 'vitest';
import { verifyChain } from './audit';
import { readFileSync } from 'node:fs';
import { attestationStatus } from './attestation-status';
import { restoreAttestationTypes } from './catalogue-validate';
import { restoreBundle, toBackupBundle } from './restore';
import { criteriaHash, validateCriteria } from './criteria';
import { DEFAULT_RUBRIC } from './defaults';
import { buildDemoBundle } from './demo';
import { gradeDone, gradeShapeIssue, gradesDigest } from './evaluation';
import { DEMO_GRADES } from './demo-evaluation';
import { analyseResult } from './result-analysis';
import { scoreProcurement } from './scoring';
import { scoringInputOf } from './scoring-input';
import { sha256Text } from './sha256';
import { oneAtATime } from './stability';
import { exceptionReaches } from './soc2-exceptions';

function build() {
  let n = 0;
  return buildDemoBundle({ newId: () => `id-${++n}`, now: '2026-11-26T00:00:00.000Z', hash: sha256Text });
}

describe('demo procurement', () => {
  it('is a government SaaS procurement handling 要機密情報 with three vendors', () => {
    const demo = build();
    expect(demo.procurement.serviceModel).toBe('SaaS');
    expect(demo.procurement.handlesConfidential).toBe(true);
    expect(demo.vendors).toHaveLength(3);
    expect(demo.evaluators).toHaveLength(3);
    expect(demo.requirements.filter((r) => r.kind === 'mandatory').length).toBeGreaterThan(0);
    expect(demo.requirements.filter((r) => r.kind === 'scored').length).toBeGreaterThan(0);
  });

  it('gives every vendor subcontractors and attestations, some held by subcontractors', () => {
    const demo = build();
    for (const vendor of demo.vendors) {
      expect(demo.subcontractors.some((s) => s.vendorId === vendor.id)).toBe(true);
      expect(demo.attestations.some((a) => a.vendorId === vendor.id)).toBe(true);
    }
    const subIds = new Set(demo.subcontractors.map((s) => s.id));
    const held = demo.attestations.filter((a) => a.subcontractorId !== null);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((a) => subIds.has(a.subcontractorId!))).toBe(true);
  });

  it('has every SOC 2 exception reach a requirement through its criterion, as the memo reads it', () => {
    const demo = build();
    const exceptions = demo.attestations.flatMap((a) => a.exceptions);
    expect(exceptions.length).toBeGreaterThan(0);
    for (const x of exceptions) {
      const reached = demo.requirements.filter((r) => exceptionReaches({ ...x, requirementIds: [] }, r));
      expect(
        reached.map((r) => r.ref),
        x.criterion
      ).not.toEqual([]);
    }
  });

  it('has unique ids and references that resolve', () => {
    const demo = build();
    const ids = [
      demo.procurement.id,
      ...demo.requirements,
      ...demo.evaluators,
      ...demo.vendors,
      ...demo.subcontractors,
      ...demo.attestations,
      ...demo.responses
    ].map((x) => (typeof x === 'string' ? x : x.id));
    expect(new Set(ids).size).toBe(ids.length);
    const requirementIds = new Set(demo.requirements.map((r) => r.id));
    const vendorIds = new Set(demo.vendors.map((v) => v.id));
    expect(
      demo.responses.every((r) => requirementIds.has(r.requirementId) && vendorIds.has(r.vendorId))
    ).toBe(true);
  });

  it('has locked criteria whose hash matches its frozen requirements and settings', () => {
    const demo = build();
    expect(demo.criteriaVersions).toHaveLength(1);
    const [v1] = demo.criteriaVersions;
    expect(validateCriteria(v1!.requirements, v1!.settings)).toEqual([]);
    expect(v1!.hash).toBe(criteriaHash(demo.requirements, demo.procurement.settings, sha256Text));
  });

  it('has, on the bid deadline, a valid registration, an expired certificate and a stale report', () => {
    const demo = build();
    const types = restoreAttestationTypes(
      JSON.parse(
        readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8')
      )
    ).value;
    const statuses = demo.attestations.map((a) => {
      const info = types.types.find((t) => t.type === a.type)!;
      return `${a.type}:${attestationStatus(a, info, demo.procurement.bidDeadline!).status}`;
    });
    expect(statuses).toContain('ismap:valid');
    expect(statuses).toContain('iso27001:expired');
    expect(statuses).toContain('soc2Type2:stale');
  });

  it('carries an audit chain that verifies against its head', () => {
    const demo = build();
    expect(verifyChain(demo.audit, sha256Text, demo.procurement.auditHead).ok).toBe(true);
  });

  it('is fully evaluated: every evaluator grades every vendor on every item, with a rationale, and submitted', () => {
    const demo = build();
    const kindOf = new Map(demo.requirements.map((r) => [r.id, r.kind]));
    expect(demo.grades).toHaveLength(demo.evaluators.length * demo.vendors.length * demo.requirements.length);
    const cells = new Set(demo.grades.map((g) => `${g.evaluatorId}|${g.vendorId}|${g.requirementId}`));
    expect(cells.size).toBe(demo.grades.length);
    const requirementOf = new Map(demo.requirements.map((r) => [r.id, r]));
    for (const g of demo.grades) {
      const requirement = requirementOf.get(g.requirementId)!;
      // Done and well-shaped by the rules storage applies before it accepts a submission.
      expect(gradeDone(requirement, g)).toBe(true);
      expect(gradeShapeIssue(requirement, demo.procurement.settings.rubric, g)).toBeNull();
      if (kindOf.get(g.requirementId) === 'mandatory') {
        expect([g.verdict, g.level]).toEqual([expect.stringMatching(/^(pass|fail)$/), null]);
      } else {
        expect(g.verdict).toBeNull();
        expect(DEFAULT_RUBRIC.map((l) => l.code)).toContain(g.level);
      }
    }
    expect(demo.evaluators.every((e) => e.submittedAt !== null)).toBe(true);
    expect(demo.procurement.technicalLock).not.toBeNull();
  });

  it('has bids for every vendor within the ceiling, and a disagreement settled by a consensus with a reason', () => {
    const demo = build();
    const ceiling = demo.procurement.settings.ceilingPrice!;
    for (const v of demo.vendors) {
      expect(v.bidStatus).toBe('valid');
      expect(v.bidPrice).toBeGreaterThan(0);
      expect(v.bidPrice).toBeLessThanOrEqual(ceiling);
    }
    const result = scoreProcurement(scoringInputOf(demo));
    expect(result.disagreements.length).toBeGreaterThan(0);
    const resolved = result.disagreements.filter((d) => d.resolved);
    expect(resolved.length).toBeGreaterThan(0);
    for (const d of resolved) {
      const c = demo.consensus.find((x) => x.vendorId === d.vendorId && x.requirementId === d.requirementId);
      expect(c?.reason.trim()).not.toBe('');
    }
  });

  it('scores every vendor and ranks the two qualified ones without a tie, as computed by hand', () => {
    const demo = build();
    const input = scoringInputOf(demo);
    const result = scoreProcurement(input);
    expect(result.complete).toBe(true);
    expect(result.settingsIssues).toEqual([]);
    expect(result.vendors.every((v) => v.complete && v.technicalPoints !== null)).toBe(true);
    expect(result.ties).toEqual([]);

    // Independently of the engine: mean factors from the grade table (consensus where recorded),
    // floored at 2 decimals, plus 価格点 = 50 × (1 − bid ÷ ceiling), floored.
    const factor: Record<string, number> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };
    const floor2 = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
    const totals = demo.vendors.map((vendor, v) => {
      let tech = 0;
      demo.requirements.forEach((req, r) => {
        const marks = [...DEMO_GRADES[v]![r]!.grades];
        const agreed = demo.consensus.find((c) => c.vendorId === vendor.id && c.requirementId === req.id);
        if (req.kind === 'mandatory') {
          const passed = agreed ? agreed.verdict === 'pass' : marks.filter((m) => m === 'p').length >= 2;
          if (passed) tech += req.basePoints;
        } else {
          const f = agreed
            ? factor[agreed.level!]!
            : marks.reduce((a, m) => a + factor[m]!, 0) / marks.length;
          tech += req.points * f;
        }
      });
      const price = floor2(50 * (1 - vendor.bidPrice! / demo.procurement.settings.ceilingPrice!));
      return floor2(floor2(tech) + price);
    });
    const [aoba, minato, kitakaze] = result.vendors;
    expect([aoba!.totalPoints!.value, minato!.totalPoints!.value]).toEqual([totals[0], totals[1]]);
    expect(result.ranking).toEqual([demo.vendors[0]!.id, demo.vendors[1]!.id]);
    expect(totals[0]!).toBeGreaterThan(totals[1]!);
    // The cheapest bidder is out: no ISMAP registration, and data kept abroad.
    expect(kitakaze!.qualified).toBe(false);
    expect(kitakaze!.reasons.map((r) => (r.code === 'mandatoryFailed' ? r.ref : r.code))).toEqual([
      'R-001',
      'R-002'
    ]);
  });

  it('differs per domain so the radar reads, and has one change of first place to show in the stability panel', () => {
    const demo = build();
    const input = scoringInputOf(demo);
    const { achievement } = analyseResult(input.requirements, scoreProcurement(input), demo.vendors);
    // Every pair of vendors is at least 20 percentage points apart in some domain.
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2]
    ] as const) {
      const gaps = achievement[a]!.map((d, i) => Math.abs(d.percent! - achievement[b]![i]!.percent!));
      expect(Math.max(...gaps)).toBeGreaterThanOrEqual(20);
    }
    const stability = oneAtATime(scoringInputOf(demo));
    expect(stability.base).toBe(demo.vendors[0]!.id);
    const r004 = demo.requirements.find((r) => r.ref === 'R-004')!.id;
    expect(stability.changes).toEqual([
      { varied: { kind: 'points', requirementId: r004, factor: 0.8 }, firstPlace: demo.vendors[1]!.id }
    ]);
  });

  it('records the evaluation in the audit chain, which verifies', () => {
    const demo = build();
    const actions = demo.audit.map((a) => a.action);
    const count = (action: string) => actions.filter((a) => a === action).length;
    expect(count('evaluation.submit')).toBe(demo.evaluators.length);
    expect(count('consensus.put')).toBe(demo.consensus.length);
    expect(count('evaluation.lockTechnical')).toBe(1);
    expect(count('vendor.bid')).toBe(demo.vendors.length);
    const lockEntry = demo.audit.find((a) => a.action === 'evaluation.lockTechnical')!;
    expect(JSON.parse(lockEntry.after)).toMatchObject({
      gradesHash: gradesDigest(demo.grades, demo.consensus, sha256Text)
    });
    // Bids are opened only after the technical evaluation is closed.
    expect(actions.indexOf('evaluation.lockTechnical')).toBeLessThan(actions.indexOf('vendor.bid'));
    expect(verifyChain(demo.audit, sha256Text, demo.procurement.auditHead)).toMatchObject({
      ok: true,
      count: demo.audit.length
    });
  });

  it('survives a backup: restored from its JSON form unchanged, without issues', () => {
    const demo = build();
    const { value, issues } = restoreBundle(JSON.parse(JSON.stringify(toBackupBundle(demo))));
    expect(issues).toEqual([]);
    expect(value).toEqual(demo);
  });

  it('has a grade table of the demo’s shape: three marks of the right kind per vendor and requirement', () => {
    const demo = build();
    expect(DEMO_GRADES).toHaveLength(demo.vendors.length);
    for (const rows of DEMO_GRADES) {
      expect(
        rows.map((row, r) =>
          (demo.requirements[r]!.kind === 'mandatory' ? /^[pf]{3}$/ : /^[A-E]{3}$/).test(row.grades)
        )
      ).toEqual(demo.requirements.map(() => true));
    }
  });
});
