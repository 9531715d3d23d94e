/**
 * Named upgrades of stored shapes, as pure functions on plain records, shared by the IndexedDB
 * schema (`db/schema.ts`) and by the restore of older backup files. Each is idempotent, so running
 * one on a record that already has the new shape leaves it unchanged, and leaves values it does not
 * understand for the restore to report.
 */
import { SETTINGS_ADDED_LATER } from './settings-added-later';
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
 * Scoring settings written before a setting of `SETTINGS_ADDED_LATER` existed get the value that
 * gives the behaviour from before (e.g. no stated 技術点:価格点), the value the criteria hash leaves
 * out. Stored records need no Dexie upgrade for it: readers treat the absent value alike.
 */
export function settingsAddedLater(settings: Plain): Plain {
  const out = structuredClone(settings);
  for (const [path, before] of Object.entries(SETTINGS_ADDED_LATER)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let holder: unknown = out;
    for (const key of keys) holder = isPlain(holder) ? holder[key] : undefined;
    if (isPlain(holder) && holder[last] === undefined) holder[last] = structuredClone(before);
  }
  return out;
}

function withSettingsAddedLater(record: Plain): Plain {
  const settings = record['settings'];
  return isPlain(settings) ? { ...record, settings: settingsAddedLater(settings) } : record;
}

/**
 * Backup schema 3 → 4: a vendor's bid gains how it was typed (unit, tax basis). A file written
 * before typed every bid in 円 on the evaluation basis, so it reads as that (null).
 */
export function vendorBidTypedV3toV4(vendor: Plain): Plain {
  return vendor['bidTyped'] === undefined ? { ...vendor, bidTyped: null } : vendor;
}

/** Only the settings added later, filled in a bundle of the current shape (`settingsAddedLater`). */
export function bundleSettingsAddedLater(bundle: unknown): unknown {
  if (!isPlain(bundle)) return bundle;
  const out = { ...bundle };
  if (isPlain(out['procurement'])) out['procurement'] = withSettingsAddedLater(out['procurement']);
  if (Array.isArray(out['criteriaVersions']))
    out['criteriaVersions'] = out['criteriaVersions'].map(upgradeIfPlain(withSettingsAddedLater));
  return out;
}

/** A procurement bundle (backup form) written at DB v1–v5 (backup schema 1–3), brought to today's shape. */
export function upgradeBundle(bundle: unknown): unknown {
  if (!isPlain(bundle)) return bundle;
  const out = { ...bundle };
  if (isPlain(out['procurement']))
    out['procurement'] = withSettingsAddedLater(procurementV4toV5(procurementV2toV3(out['procurement'])));
  if (Array.isArray(out['requirements']))
    out['requirements'] = out['requirements'].map(upgradeIfPlain(requirementV3toV4));
  if (Array.isArray(out['criteriaVersions']))
    out['criteriaVersions'] = out['criteriaVersions'].map(
      upgradeIfPlain((v) => withSettingsAddedLater(criteriaVersionV3toV4(v)))
    );
  if (Array.isArray(out['vendors']))
    out['vendors'] = out['vendors'].map(upgradeIfPlain(vendorBidTypedV3toV4));
  return out;
}

function upgradeIfPlain(upgrade: (record: Plain) => Plain): (value: unknown) => unknown {
  return (value) => (isPlain(value) ? upgrade(value) : value);
}
