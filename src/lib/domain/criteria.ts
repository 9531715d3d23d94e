/**
 * The criteria lock (評価基準の確定). The hash covers what is published: every requirement's
 * content in specification order and every scoring setting, serialised canonically. Record ids
 * are left out, so the same criteria give the same hash in a copy or after a backup round trip.
 */
import type { HashText } from './audit';
import { canonicalJson } from './canonical';
import { SETTINGS_ADDED_LATER } from './settings-added-later';

export { SETTINGS_ADDED_LATER };
import type { Issue } from './issues';
import type { CriteriaVersion, Procurement, Requirement, ScoringSettings } from './model';
import { validateSettings } from './settings';
import { levelPointsProblems } from './level-points';
import { pointsOf, pointsProblem } from './spec-points';

export type CriteriaState = 'draft' | 'locked' | 'reopened';

/** The canonical form that is hashed (and exported beside the hash, so anyone can re-check it). */
export function criteriaPayload(requirements: readonly Requirement[], settings: ScoringSettings): unknown {
  const ordered = [...requirements].sort((a, b) => a.order - b.order);
  return {
    requirements: ordered.map((r) => ({
      ref: r.ref,
      domain: r.domain,
      title: r.title,
      text: r.text,
      kind: r.kind,
      // The kind's points under one key, as before 基礎点 had its own field: locked hashes still verify.
      points: pointsOf(r),
      appliesTo: r.appliesTo,
      acceptedAttestations: r.acceptedAttestations,
      controlRefs: r.controlRefs,
      sourceRef: r.sourceRef,
      // Added later (issue 17), hashed only when set, so criteria locked before keep their hash.
      ...(r.levelPoints !== undefined && { levelPoints: r.levelPoints }),
      ...(r.excludeAtLowest && { excludeAtLowest: true }),
      // Added later (issue 18): the English wording is published too, hashed only when present.
      ...(r.domainEn !== undefined && { domainEn: r.domainEn }),
      ...(r.titleEn !== undefined && { titleEn: r.titleEn }),
      ...(r.textEn !== undefined && { textEn: r.textEn })
    })),
    settings: settingsForHash(settings)
  };
}

export function settingsForHash(
  settings: ScoringSettings,
  addedLater: Readonly<Record<string, unknown>> = SETTINGS_ADDED_LATER
): unknown {
  const copy = JSON.parse(JSON.stringify(settings)) as Record<string, unknown>;
  for (const [path, before] of Object.entries(addedLater)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let parent: unknown = copy;
    for (const key of keys) parent = (parent as Record<string, unknown> | undefined)?.[key];
    if (!parent || typeof parent !== 'object') continue;
    const holder = parent as Record<string, unknown>;
    if (last in holder && canonicalJson(holder[last]) === canonicalJson(before)) delete holder[last];
  }
  return copy;
}

export function criteriaHash(
  requirements: readonly Requirement[],
  settings: ScoringSettings,
  hash: HashText
): string {
  return hash(canonicalJson(criteriaPayload(requirements, settings)));
}

export function latestVersion(versions: readonly CriteriaVersion[]): CriteriaVersion | undefined {
  return versions.reduce<CriteriaVersion | undefined>(
    (latest, v) => (!latest || v.version > latest.version ? v : latest),
    undefined
  );
}

export function criteriaState(
  procurement: Pick<Procurement, 'criteriaReopen'>,
  versions: readonly CriteriaVersion[]
): CriteriaState {
  if (versions.length === 0) return 'draft';
  return procurement.criteriaReopen ? 'reopened' : 'locked';
}

/** Shortest written reason accepted for changing locked criteria. */
export const REOPEN_REASON_MIN = 5;

/** What must hold before criteria can be locked; each problem is a coded issue. */
export function validateCriteria(requirements: readonly Requirement[], settings: ScoringSettings): Issue[] {
  const issues: Issue[] = [];
  if (requirements.length === 0) issues.push({ code: 'noRequirements', path: 'requirements' });
  const refs = new Map<string, number>();
  requirements.forEach((r) => {
    const path = `requirements[${r.ref || r.order + 1}]`;
    if (!r.title.trim() || !r.text.trim())
      issues.push({ code: 'emptyRequirement', path, params: { ref: r.ref } });
    const points = pointsProblem(r.kind, pointsOf(r));
    if (points) issues.push({ code: points, path, params: { ref: r.ref } });
    for (const problem of levelPointsProblems(r, settings.rubric)) {
      issues.push({ code: problem, path, params: { ref: r.ref } });
    }
    refs.set(r.ref, (refs.get(r.ref) ?? 0) + 1);
  });
  for (const [ref, count] of refs) {
    if (count > 1) issues.push({ code: 'duplicateRef', path: 'requirements', params: { ref } });
  }
  // The settings' own check (domain/settings.ts), under the lock's established codes.
  const codes = new Set<string>();
  for (const problem of validateSettings(settings)) {
    const code =
      problem.field === 'rubric'
        ? 'invalidRubric'
        : problem.field === 'ceilingPrice'
          ? 'ceilingPriceMissing'
          : problem.field === 'priceAllocation'
            ? 'priceAllocationMissing'
            : 'settingOutOfRange';
    const path = code === 'invalidRubric' ? 'settings.rubric' : `settings.${problem.path}`;
    if (codes.has(code + path)) continue;
    codes.add(code + path);
    issues.push(
      code === 'settingOutOfRange' ? { code, path, params: { setting: problem.code } } : { code, path }
    );
  }
  return issues;
}
