import { describe, expect, it } from 'vitest';
import type { AttestationTypeInfo } from './catalogue';
import { DEFAULT_RUBRIC } from './defaults';
import { buildDemoBundle } from './demo';
import { sha256Text } from './sha256';
import {
  suggestAll,
  suggestForVendor,
  suggestGrade,
  suggestionKey,
  suggestionLookup,
  vendorEvidence
} from './suggestions';
import {
  CONTRACT_END,
  DEADLINE,
  RULES,
  SCORED,
  SUPPLY,
  TYPES,
  att,
  req,
  sub
} from '$lib/testing/suggestions';

describe('suggestAll', () => {
  function demo() {
    let n = 0;
    const bundle = buildDemoBundle({
      newId: () => `d-${++n}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    return { ...bundle, rubric: bundle.procurement.settings.rubric };
  }

  it.each(['2026-11-26', '2099-01-01'])(
    'on %s, one vendor at a time (suggestForVendor, suggestionLookup) gives what suggestAll gives',
    (today) => {
      const bundle = demo();
      const all = suggestAll(bundle, TYPES, today);
      const lookup = suggestionLookup(bundle, TYPES, today);
      for (const vendor of bundle.vendors) {
        const one = suggestForVendor(bundle, TYPES, today, vendor.id);
        expect(one.size).toBe(bundle.requirements.length);
        for (const requirement of bundle.requirements) {
          const key = suggestionKey(vendor.id, requirement.id);
          expect(one.get(key)).toEqual(all.get(key));
          expect(lookup(vendor.id, requirement.id)).toEqual(all.get(key) ?? null);
        }
      }
    }
  );

  it('suggests for every vendor and requirement of the demo, matching suggestGrade one by one', () => {
    const bundle = demo();
    const all = suggestAll(bundle, TYPES, '2026-11-26');
    expect(all.size).toBe(bundle.vendors.length * bundle.requirements.length);
    const dates = {
      referenceDate: bundle.procurement.bidDeadline!,
      contractEnd: bundle.procurement.contractEnd
    };
    for (const vendor of bundle.vendors) {
      const evidence = vendorEvidence(
        vendor.id,
        bundle.attestations,
        bundle.subcontractors.filter((s) => s.vendorId === vendor.id),
        RULES,
        dates
      );
      for (const requirement of bundle.requirements) {
        const answer =
          bundle.responses.find((r) => r.vendorId === vendor.id && r.requirementId === requirement.id)
            ?.answer ?? null;
        const one = suggestGrade({
          requirement,
          rubric: bundle.rubric,
          answer,
          evidence,
          contractEnd: dates.contractEnd
        });
        expect(all.get(suggestionKey(vendor.id, requirement.id))).toEqual(one);
      }
    }
  });

  it('passes the demo vendors with a verified ISMAP registration on R-001 and fails the one without', () => {
    const bundle = demo();
    const all = suggestAll(bundle, TYPES, '2026-11-26');
    const r1 = bundle.requirements.find((r) => r.ref === 'R-001')!;
    const verdicts = bundle.vendors.map((v) => all.get(suggestionKey(v.id, r1.id))?.verdict);
    const registered = bundle.vendors.map((v) =>
      bundle.attestations.some(
        (a) =>
          a.vendorId === v.id && a.subcontractorId === null && a.type === 'ismap' && a.verification !== null
      )
    );
    expect(verdicts).toEqual(registered.map((ok) => (ok ? 'pass' : 'fail')));
    expect(verdicts).toContain('pass');
    expect(verdicts).toContain('fail');
  });

  it('uses the bid deadline, not today, as the reference date; today only without a deadline', () => {
    const bundle = demo();
    const r1 = bundle.requirements.find((r) => r.ref === 'R-001')!;
    const first = bundle.vendors[0]!;
    const key = suggestionKey(first.id, r1.id);
    // Far in the future every registration has lapsed; the deadline still decides while one is set.
    expect(suggestAll(bundle, TYPES, '2099-01-01').get(key)?.verdict).toBe('pass');
    const noDeadline = { ...bundle, procurement: { ...bundle.procurement, bidDeadline: null } };
    expect(suggestAll(noDeadline, TYPES, '2099-01-01').get(key)?.verdict).toBe('fail');
  });

  it('treats a type without rules, or a malformed date, as not yet checked rather than failing', () => {
    const noRules: AttestationTypeInfo[] = TYPES.filter((t) => t.type !== 'ismap');
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: null },
      requirements: [req()],
      rubric: DEFAULT_RUBRIC,
      vendors: [{ id: 'v' }],
      subcontractors: [],
      attestations: [att('ismap')],
      responses: [{ vendorId: 'v', requirementId: 'r1', answer: 'full' as const }]
    };
    expect(suggestAll(bundle, noRules, DEADLINE).get('v|r1')?.basis[0]?.code).toBe('pendingCheck');
    const broken = { ...bundle, attestations: [att('ismap', { periodEnd: '31/12/2026' })] };
    expect(suggestAll(broken, TYPES, DEADLINE).get('v|r1')?.basis[0]?.code).toBe('pendingCheck');
  });

  it('starts afresh on each call, so a record edited in place is never answered from an earlier call', () => {
    const requirement = req();
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: null },
      requirements: [requirement],
      rubric: DEFAULT_RUBRIC,
      vendors: [{ id: 'v' }],
      subcontractors: [],
      attestations: [att('iso27001')],
      responses: [{ vendorId: 'v', requirementId: 'r1', answer: 'full' as const }]
    };
    expect(suggestAll(bundle, TYPES, DEADLINE).get('v|r1')?.verdict).toBe('fail');
    requirement.acceptedAttestations.push('iso27001');
    expect(suggestAll(bundle, TYPES, DEADLINE).get('v|r1')?.verdict).toBe('pass');
  });

  it('handles 30 vendors × 1,500 requirements', () => {
    const requirements = Array.from({ length: 1500 }, (_, i) => ({
      ...(i % 3 === 0 ? SUPPLY : i % 3 === 1 ? SCORED : req()),
      id: `r${i}`
    }));
    const vendors = Array.from({ length: 30 }, (_, i) => ({ id: `v${i}` }));
    const subcontractors = vendors.flatMap((v) => [
      sub(`${v.id}-a`, { vendorId: v.id }),
      sub(`${v.id}-b`, { vendorId: v.id, criticality: 'normal' })
    ]);
    const attestations = vendors.flatMap((v) => [
      att('ismap', { vendorId: v.id }),
      att('soc2Type2', {
        vendorId: v.id,
        subserviceOrganisations: [{ name: `${v.id}-a`, method: 'inclusive', subcontractorId: null }]
      }),
      att('iso27001', { vendorId: v.id, subcontractorId: `s-${v.id}-b` })
    ]);
    const responses = vendors.flatMap((v) =>
      requirements.map((r) => ({ vendorId: v.id, requirementId: r.id, answer: 'full' as const }))
    );
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: CONTRACT_END },
      requirements,
      rubric: DEFAULT_RUBRIC,
      vendors,
      subcontractors,
      attestations,
      responses
    };
    const all = suggestAll(bundle, TYPES, DEADLINE);
    expect(all.size).toBe(30 * 1500);
    expect(all.get('v29|r0')?.basis[0]?.code).toBe('weakestSubcontractor');
    // Reasons about one attestation are shared between suggestions, and frozen so that sharing is safe.
    const valid = (key: string) => all.get(key)?.basis.find((r) => r.code === 'evidenceValid');
    expect(valid('v3|r1')).toBe(valid('v3|r4'));
    expect(Object.isFrozen(valid('v3|r1'))).toBe(true);
  }, 30_000);
});
