/**
 * Named upgrades of stored shapes, as pure functions on plain records, shared by the IndexedDB
 * schema (`db/schema.ts`) and by the restore of older backup files. Each is idempotent, so running
 * one on a record that already has the new shape leaves it unchanged, and leaves values it does not
 * understand for the restore to report.
 */
import { kindPoints } from './spec-points';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * DB v3 → v4: 基礎点 gets its own field. Up to v3 `points` held a mandatory item's 基礎点 and a
 * scored item's maximum 加点; now `basePoints` holds the former and the other field is 0.
 */
export function requirementV3toV4(requirement: Plain): Plain {
  if (requirement['basePoints'] !== undefined) return requirement;
  const points = requirement['points'];
  if (typeof points !== 'number') return requirement;
  const kind = requirement['kind'] === 'mandatory' ? 'mandatory' : 'scored';
  return { ...requirement, ...kindPoints(kind, points) };
}

/** DB v3 → v4 for a criteria version: the requirements frozen at the lock are upgraded alike. */
export function criteriaVersionV3toV4(version: Plain): Plain {
  const requirements = version['requirements'];
  if (!Array.isArray(requirements)) return version;
  return { ...version, requirements: requirements.map(upgradeIfPlain(requirementV3toV4)) };
}

/**
 * Before DB v3 a procurement had no evaluator packages (the v3 upgrade `evaluatorPackages`), and
 * before criteria could be reopened no `criteriaReopen`: a backup written then lacks them.
 */
export function procurementV2toV3(procurement: Plain): Plain {
  const out = { ...procurement };
  if (out['criteriaReopen'] === undefined) out['criteriaReopen'] = null;
  if (out['issuedPackages'] === undefined) out['issuedPackages'] = [];
  if (out['packageOrigin'] === undefined) out['packageOrigin'] = null;
  return out;
}

/**
 * DB v4 → v5: a procurement gains its buyer kind and the documents' date style. Every procurement
 * made before then was made for a 政府機関等 (the only buyer the app served), and leaves the date
 * style to the default for that kind.
 */
export function procurementV4toV5(procurement: Plain): Plain {
  const out = { ...procurement };
  if (out['buyerKind'] === undefined) out['buyerKind'] = 'government';
  if (out['documentDateStyle'] === undefined) out['documentDateStyle'] = null;
  return out;
}

/**
 * Backup schema 3 → 4: amounts gain how they were typed (unit, tax basis) and the settings the
 * consumption-tax rate. A file written before typed every amount in 円 on the evaluation basis, so
 * the records read as that (null) and the rate as the default 10 %, which converts nothing then.
 * No DB version: a stored record without these fields restores with the same values.
 */
export function settingsTaxBasisV3toV4(settings: Plain): Plain {
  const out = { ...settings };
  if (out['consumptionTaxRate'] === undefined) out['consumptionTaxRate'] = 10;
  if (out['ceilingPriceTyped'] === undefined) out['ceilingPriceTyped'] = null;
  if (out['lowBidThresholdTyped'] === undefined) out['lowBidThresholdTyped'] = null;
  return out;
}

/** Backup schema 3 → 4 for a vendor: its bid was typed as stored (see `settingsTaxBasisV3toV4`). */
export function vendorBidTypedV3toV4(vendor: Plain): Plain {
  return vendor['bidTyped'] === undefined ? { ...vendor, bidTyped: null } : vendor;
}

/** The settings inside a procurement or a criteria version, upgraded by `upgrade`. */
function withSettings(upgrade: (settings: Plain) => Plain): (record: Plain) => Plain {
  return (record) =>
    isPlain(record['settings']) ? { ...record, settings: upgrade(record['settings']) } : record;
}

/** A procurement bundle (backup form) written at DB v1–v5 (backup schema 1–3), brought to today's shape. */
export function upgradeBundle(bundle: unknown): unknown {
  if (!isPlain(bundle)) return bundle;
  const out = { ...bundle };
  if (isPlain(out['procurement']))
    out['procurement'] = withSettings(settingsTaxBasisV3toV4)(
      procurementV4toV5(procurementV2toV3(out['procurement']))
    );
  if (Array.isArray(out['requirements']))
    out['requirements'] = out['requirements'].map(upgradeIfPlain(requirementV3toV4));
  if (Array.isArray(out['criteriaVersions']))
    out['criteriaVersions'] = out['criteriaVersions'].map(
      upgradeIfPlain((v) => withSettings(settingsTaxBasisV3toV4)(criteriaVersionV3toV4(v)))
    );
  if (Array.isArray(out['vendors']))
    out['vendors'] = out['vendors'].map(upgradeIfPlain(vendorBidTypedV3toV4));
  return out;
}

function upgradeIfPlain(upgrade: (record: Plain) => Plain): (value: unknown) => unknown {
  return (value) => (isPlain(value) ? upgrade(value) : value);
}
