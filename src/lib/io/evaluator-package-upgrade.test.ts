import { describe, expect, it } from 'vitest';
import { buildPackageData } from '$lib/domain/evaluator-package';
import { parsePackageText } from '$lib/domain/evaluator-package-file';
import { chairBundle, KEY } from '$lib/testing/evaluator-package';
import { packageFileText } from './evaluator-package';

const META = { appVersion: '0.1.0', exportedAt: '2026-02-01T00:00:00.000Z' };
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** A requirement as a package written before DB v4 held it: one `points`, the points of its kind. */
function toV3(requirement: Record<string, unknown>): void {
  if (requirement['kind'] === 'mandatory') requirement['points'] = requirement['basePoints'];
  delete requirement['basePoints'];
}

describe('evaluator packages given out before 基礎点 had its own field', () => {
  it('open with the requirements upgraded, in the bundle and in its criteria versions', () => {
    const original = buildPackageData(chairBundle(), { packageId: 'pkg1', key: KEY, evaluatorId: 'e3' });
    const json = JSON.parse(packageFileText(original, META));
    json.data.bundle.requirements.forEach(toV3);
    for (const version of json.data.bundle.criteriaVersions) version.requirements.forEach(toV3);
    const text = JSON.stringify(json);

    const read = parsePackageText(text, bytes(text));
    expect(read.problems).toEqual([]);
    const bundle = read.data!.data.bundle;
    expect(bundle.requirements).toEqual(original.bundle.requirements);
    expect(bundle.criteriaVersions).toEqual(original.bundle.criteriaVersions);
  });
});
