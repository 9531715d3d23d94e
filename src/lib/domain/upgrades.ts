/**
 * Named upgrades of stored shapes, as pure functions on plain records, shared by the IndexedDB
 * schema (`db/schema.ts`) and by the restore of older backup files. Each is idempotent, so running
 * one on a record that already has the new shape leaves it unchanged, and leaves values it does not
 * understand for the restore to report.
 */
import { SETTINGS_ADDED_LATER } from './criteria';
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
 * Scoring settings written before a setting existed (no DB version: a new field of an existing
 * record): each missing setting of `SETTINGS_ADDED_LATER` gets the value that gives the behaviour
 * from before (issue 17 (d): one rounding mode for every figure, unrounded item means, the new price
 * formulas' parameters unset), so an older backup restores with today's behaviour and the same
 * criteria hash. A value present, even a wrong one, is left for the restore to judge.
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

const withSettings = (record: Plain): Plain =>
  isPlain(record['settings']) ? { ...record, settings: settingsAddedLater(record['settings']) } : record;

/** Only the settings added later, filled in a bundle of the current shape (`settingsAddedLater`). */
export function bundleSettingsAddedLater(bundle: unknown): unknown {
  if (!isPlain(bundle)) return bundle;
  const out = { ...bundle };
  if (isPlain(out['procurement'])) out['procurement'] = withSettings(out['procurement']);
  if (Array.isArray(out['criteriaVersions']))
    out['criteriaVersions'] = out['criteriaVersions'].map(upgradeIfPlain(withSettings));
  return out;
}

/** A procurement bundle (backup form) written at DB v1–v4, brought to today's shape. */
export function upgradeBundle(bundle: unknown): unknown {
  if (!isPlain(bundle)) return bundle;
  const out = { ...bundle };
  if (isPlain(out['procurement']))
    out['procurement'] = withSettings(procurementV4toV5(procurementV2toV3(out['procurement'])));
  if (Array.isArray(out['requirements']))
    out['requirements'] = out['requirements'].map(upgradeIfPlain(requirementV3toV4));
  if (Array.isArray(out['criteriaVersions']))
    out['criteriaVersions'] = out['criteriaVersions'].map(
      upgradeIfPlain((version) => withSettings(criteriaVersionV3toV4(version)))
    );
  return out;
}

function upgradeIfPlain(upgrade: (record: Plain) => Plain): (value: unknown) => unknown {
  return (value) => (isPlain(value) ? upgrade(value) : value);
}
