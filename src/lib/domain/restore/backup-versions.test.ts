import { describe, expect, it } from 'vitest';
import v1 from '$lib/testing/backups/backup-db-v1.json?raw';
import v2 from '$lib/testing/backups/backup-db-v2.json?raw';
import v3 from '$lib/testing/backups/backup-db-v3.json?raw';
import { verifyChain } from '../audit';
import { canonicalJson } from '../canonical';
import { criteriaHash } from '../criteria';
import { sha256Text } from '../sha256';
import { BACKUP_SCHEMA_VERSION, buildBackupEnvelope, parseBackupText } from './backup';

/** The hash v3 gave these criteria: one `points` per item, whatever its kind. */
function v3Hash(json: string): string {
  const bundle = JSON.parse(json).data.procurements[0];
  const requirements = bundle.requirements.map((r: Record<string, unknown>) => ({
    ref: r['ref'],
    domain: r['domain'],
    title: r['title'],
    text: r['text'],
    kind: r['kind'],
    points: r['points'],
    appliesTo: r['appliesTo'],
    acceptedAttestations: r['acceptedAttestations'],
    controlRefs: r['controlRefs'],
    sourceRef: r['sourceRef']
  }));
  return sha256Text(canonicalJson({ requirements, settings: bundle.procurement.settings }));
}

describe('backups written by earlier versions', () => {
  it.each([
    ['DB v1', v1, 0],
    ['DB v2', v2, 1],
    ['DB v3', v3, 1]
  ])('%s: restores, upgraded, with the same criteria hash and a verifying audit chain', (_, text, locks) => {
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const { data, issues } = parseBackupText(text, text.length);
    expect(issues).toEqual([]);
    const bundle = data!.bundles[0]!;
    expect(bundle.requirements.map((r) => [r.kind, r.basePoints, r.points])).toEqual([
      ['mandatory', 10, 0],
      ['scored', 0, 20]
    ]);
    expect(bundle.procurement).toMatchObject({
      buyerKind: 'government',
      documentDateStyle: null,
      issuedPackages: [],
      packageOrigin: null,
      criteriaReopen: null
    });
    expect(criteriaHash(bundle.requirements, bundle.procurement.settings, sha256Text)).toBe(v3Hash(text));
    expect(bundle.criteriaVersions).toHaveLength(locks);
    for (const version of bundle.criteriaVersions) {
      expect(version.requirements[0]).toMatchObject({ basePoints: 10, points: 0 });
      expect(criteriaHash(version.requirements, version.settings, sha256Text)).toBe(version.hash);
    }
    expect(verifyChain(bundle.audit, sha256Text, bundle.procurement.auditHead).ok).toBe(true);
  });

  it('restores a version 2 file (DB v4) as made for a 政府機関等, its date style left to the default', () => {
    const bundles = parseBackupText(v3, v3.length).data!.bundles;
    const json = JSON.parse(
      JSON.stringify(
        buildBackupEnvelope(bundles, {
          appVersion: '0',
          exportedAt: '2025-01-01T00:00:00.000Z',
          scope: 'procurement'
        })
      )
    );
    json.schemaVersion = 2;
    delete json.data.procurements[0].procurement.buyerKind;
    delete json.data.procurements[0].procurement.documentDateStyle;
    delete json.data.procurements[0].procurement.documentLanguage;
    const text = JSON.stringify(json);
    const { data, issues } = parseBackupText(text, text.length);
    expect(issues).toEqual([]);
    expect(data!.bundles[0]!.procurement).toMatchObject({
      buyerKind: 'government',
      documentDateStyle: null,
      // Issue 18: written before the document language existed, its documents stay Japanese.
      documentLanguage: 'ja'
    });
  });

  it('restores a version 3 file as typed in 円 on the evaluation basis at 10 %, with the same criteria hash', () => {
    const bundles = parseBackupText(v3, v3.length).data!.bundles;
    const json = JSON.parse(
      JSON.stringify(
        buildBackupEnvelope(bundles, {
          appVersion: '0',
          exportedAt: '2025-01-01T00:00:00.000Z',
          scope: 'procurement'
        })
      )
    );
    json.schemaVersion = 3;
    const written = json.data.procurements[0];
    const settingsOf = [
      written.procurement.settings,
      ...written.criteriaVersions.map((v: { settings: unknown }) => v.settings)
    ];
    for (const settings of settingsOf) {
      delete settings.consumptionTaxRate;
      delete settings.ceilingPriceTyped;
      delete settings.lowBidThresholdTyped;
    }
    for (const vendor of written.vendors) delete vendor.bidTyped;
    expect(written.vendors.length).toBeGreaterThan(0);
    const text = JSON.stringify(json);
    const { data, issues } = parseBackupText(text, text.length);
    expect(issues).toEqual([]);
    const bundle = data!.bundles[0]!;
    expect(bundle.procurement.settings).toMatchObject({
      consumptionTaxRate: 10,
      ceilingPriceTyped: null,
      lowBidThresholdTyped: null
    });
    expect(bundle.vendors.every((v) => v.bidTyped === null)).toBe(true);
    expect(bundle.criteriaVersions.length).toBeGreaterThan(0);
    for (const version of bundle.criteriaVersions) {
      expect(version.settings.consumptionTaxRate).toBe(10);
      expect(criteriaHash(version.requirements, version.settings, sha256Text)).toBe(version.hash);
    }
  });

  it('reads a current-version file written before the issue-17 settings with the behaviour from before, and the same criteria hash', () => {
    const bundles = parseBackupText(v3, v3.length).data!.bundles;
    const json = JSON.parse(
      JSON.stringify(
        buildBackupEnvelope(bundles, {
          appVersion: '0',
          exportedAt: '2025-01-01T00:00:00.000Z',
          scope: 'procurement'
        })
      )
    );
    // As a file written before the per-figure rounding and the new price formulas existed.
    const strip = (settings: Record<string, Record<string, unknown>>) => {
      for (const key of ['floorPrice', 'slopeThreshold', 'slopeFactor']) delete settings[key];
      for (const key of [
        'technicalMode',
        'priceMode',
        'totalMode',
        'evaluationValueMode',
        'referenceValueMode',
        'itemMeanMode',
        'itemMeanDecimals'
      ])
        delete settings['rounding']![key];
    };
    const stored = json.data.procurements[0];
    strip(stored.procurement.settings);
    for (const version of stored.criteriaVersions) strip(version.settings);
    expect(stored.criteriaVersions.length).toBeGreaterThan(0);
    const text = JSON.stringify(json);
    const { data, issues } = parseBackupText(text, text.length);
    expect(issues).toEqual([]);
    const bundle = data!.bundles[0]!;
    expect(bundle.procurement.settings.rounding).toMatchObject({
      technicalMode: null,
      priceMode: null,
      totalMode: null,
      evaluationValueMode: null,
      referenceValueMode: null,
      itemMeanMode: 'none'
    });
    expect(bundle.procurement.settings).toMatchObject({
      floorPrice: null,
      slopeThreshold: null,
      slopeFactor: 0.5
    });
    for (const version of bundle.criteriaVersions) {
      expect(criteriaHash(version.requirements, version.settings, sha256Text)).toBe(version.hash);
    }
    // Another missing field is still refused.
    delete stored.procurement.settings.priceMethod;
    const broken = JSON.stringify(json);
    expect(parseBackupText(broken, broken.length).issues).toContainEqual({
      code: 'missingField',
      path: 'data.procurements[0].procurement.settings.priceMethod'
    });
  });

  it('refuses a current-version file in an old shape: only older files are upgraded', () => {
    const json = JSON.parse(v3);
    json.schemaVersion = BACKUP_SCHEMA_VERSION;
    const text = JSON.stringify(json);
    const { data, issues } = parseBackupText(text, text.length);
    expect(data).toBeNull();
    expect(issues).toContainEqual({
      code: 'missingField',
      path: 'data.procurements[0].requirements[0].basePoints'
    });
  });
});
