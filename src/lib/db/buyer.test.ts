import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Preset } from '$lib/domain/catalogue';
import { draftsFromPreset } from '$lib/domain/spec';
import { freshDb, testContext } from '$lib/testing/db';
import { listAudit, verifyAudit } from './audit';
import { lockCriteria } from './criteria';
import { StorageError } from './errors';
import { createProcurement, getProcurement } from './procurements';
import { addPresetRequirements, listRequirements } from './requirements';

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
