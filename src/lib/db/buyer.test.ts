import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Preset } from '$lib/domain/catalogue';
import { draftsFromPreset } from '$lib/domain/spec';
import { freshDb, testContext } from '$lib/testing/db';
import { listAudit, verifyAudit } from './audit';
import { lockCriteria } from './criteria';
import { StorageError } from './errors';
import { getProcurement } from './procurements';
import { createProcurement } from './procurement-write';
import { addPresetRequirements, applyWeights, listRequirements } from './requirements';
import { pointsOf } from '$lib/domain/spec-points';
import { criteriaHash } from '$lib/domain/criteria';
import { sha256Text } from '$lib/domain/sha256';

const ctx = testContext('担当者');
const preset = JSON.parse(
  readFileSync('questionnaires/presets/enterprise-saas-baseline.json', 'utf8')
) as Preset;

describe('a preset applied with its settings', () => {
  beforeEach(() => {
    freshDb();
  });

  it('an enterprise procurement gets the preset settings, audited as such, and locks without a ceiling', async () => {
    const p = await createProcurement(ctx, '人事SaaS', 'enterprise');
    expect(p).toMatchObject({
      buyerKind: 'enterprise',
      confidentialityClass: 1,
      unifiedStandardEdition: 'none'
    });
    const { added, changes } = await addPresetRequirements(ctx, p.id, preset, draftsFromPreset(preset, []));
    expect(added).toHaveLength(preset.requirements.length);
    expect(changes.map((c) => [c.setting, c.after])).toEqual([
      ['priceFormula', 'lowestRatio'],
      ['priceAllocation', preset.settings.priceAllocation]
    ]);
    const stored = (await getProcurement(p.id))!;
    expect(stored.settings).toMatchObject({
      priceFormula: 'lowestRatio',
      priceAllocation: 30,
      ceilingPrice: null
    });
    const entry = (await listAudit(p.id)).at(-1)!;
    expect(entry.action).toBe('preset.settings');
    expect(JSON.parse(String(entry.after))).toMatchObject({
      preset: preset.id,
      priceFormula: 'lowestRatio',
      priceAllocation: 30
    });
    expect(JSON.parse(String(entry.before))).toMatchObject({ priceFormula: 'standard', priceAllocation: 50 });
    const locked = await lockCriteria(ctx, p.id);
    expect(locked.ok).toBe(true);
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });

  it('a preset that sets nothing new writes no settings entry', async () => {
    const p = await createProcurement(ctx, '再適用', 'enterprise');
    await addPresetRequirements(ctx, p.id, preset, draftsFromPreset(preset, []));
    const again = await addPresetRequirements(
      ctx,
      p.id,
      preset,
      draftsFromPreset(preset, await listRequirements(p.id))
    );
    expect(again.changes).toEqual([]);
    expect((await listAudit(p.id)).filter((e) => e.action === 'preset.settings')).toHaveLength(1);
  });

  it('is refused as a whole once the criteria are locked', async () => {
    const p = await createProcurement(ctx, '確定後', 'enterprise');
    await addPresetRequirements(ctx, p.id, preset, draftsFromPreset(preset, []));
    expect((await lockCriteria(ctx, p.id)).ok).toBe(true);
    const before = await getProcurement(p.id);
    const refused = await addPresetRequirements(
      ctx,
      p.id,
      { ...preset, settings: { priceAllocation: 10 } },
      []
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StorageError);
    expect(await getProcurement(p.id)).toEqual(before);
  });
});

describe('points from weights', () => {
  beforeEach(() => {
    freshDb();
  });

  it('stores the points and the stated conversion, audited once, and the locked hash covers it', async () => {
    const p = await createProcurement(ctx, '重み', 'enterprise');
    await addPresetRequirements(ctx, p.id, preset, draftsFromPreset(preset, []));
    const reqs = await listRequirements(p.id);
    // The mandatory items become 0-point gates; the scored ones share 100 points.
    const scored = reqs.filter((r) => r.kind === 'scored');
    const share = Math.floor(10_000 / scored.length) / 100;
    let left = 100 - share * (scored.length - 1);
    left = Math.round(left * 100) / 100;
    const weights = reqs.map((r) => ({
      id: r.id,
      percent: r.kind === 'mandatory' ? 0 : r.id === scored.at(-1)!.id ? left : share
    }));
    const before = (await listAudit(p.id)).length;
    expect((await applyWeights(ctx, p.id, weights, 100)).issues).toEqual([]);
    const after = await listRequirements(p.id);
    expect(after.filter((r) => r.kind === 'mandatory').every((r) => pointsOf(r) === 0)).toBe(true);
    expect(after.reduce((sum, r) => sum + pointsOf(r), 0)).toBe(100);
    const stored = (await getProcurement(p.id))!;
    expect(stored.settings.weightConversion?.total).toBe(100);
    expect(stored.settings.weightConversion?.items.map((i) => i.points)).toEqual(after.map(pointsOf));
    const audit = await listAudit(p.id);
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)!.action).toBe('requirement.weights');
    expect(JSON.parse(String(audit.at(-1)!.after))).toEqual({
      rule: 'largestRemainder',
      total: 100,
      percent: weights.map((w) => w.percent),
      points: after.map(pointsOf)
    });
    const locked = await lockCriteria(ctx, p.id);
    expect(locked.ok).toBe(true);
    if (!locked.ok) return;
    const without = { ...stored.settings, weightConversion: null };
    expect(locked.version.hash).not.toBe(criteriaHash(after, without, sha256Text));
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });

  it('stores nothing when the weights do not add up to 100 %', async () => {
    const p = await createProcurement(ctx, '重み', 'enterprise');
    await addPresetRequirements(ctx, p.id, preset, draftsFromPreset(preset, []));
    const reqs = await listRequirements(p.id);
    const before = await getProcurement(p.id);
    const result = await applyWeights(
      ctx,
      p.id,
      reqs.map((r) => ({ id: r.id, percent: 5 })),
      100
    );
    expect(result.issues.map((i) => i.code)).toEqual(['weightSum']);
    expect(await getProcurement(p.id)).toEqual(before);
    expect(await listRequirements(p.id)).toEqual(reqs);
  });
});
