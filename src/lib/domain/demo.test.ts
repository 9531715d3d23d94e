import { describe, expect, it } from 'vitest';
import { verifyChain } from './audit';
import { readFileSync } from 'node:fs';
import { attestationStatus } from './attestation-status';
import { restoreAttestationTypes } from './catalogue-validate';
import { criteriaHash, validateCriteria } from './criteria';
import { buildDemoBundle } from './demo';
import { sha256Text } from './sha256';

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
});
