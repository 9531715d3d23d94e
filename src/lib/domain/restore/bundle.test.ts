import { describe, expect, it } from 'vitest';
import { comparable, edit, fixture, pathText, rawBundle } from '$lib/testing/restore';
import { restoreBundle } from './bundle';

describe('bundles', () => {
  it('restores a bundle in backup form with no issues and its bytes intact', () => {
    const { value, issues } = restoreBundle(rawBundle(), 'b');
    expect(issues).toEqual([]);
    expect(comparable(value!)).toEqual(comparable(fixture()));
  });

  it.each([[null], [[]], ['bundle']])('gives null for the non-object %j', (input) => {
    expect(restoreBundle(input, 'b')).toEqual({
      value: null,
      issues: [{ code: 'wrongType', path: 'b', params: { expected: 'object' } }]
    });
  });

  it.each([
    [['grades', 0, 'evaluatorId'], 'e9'],
    [['grades', 1, 'vendorId'], 'v9'],
    [['responses', 0, 'requirementId'], 'r9'],
    [['consensus', 0, 'requirementId'], 'r9'],
    [['subcontractors', 0, 'vendorId'], 'v9'],
    [['attestations', 0, 'subcontractorId'], 's9'],
    [['attestations', 0, 'evidenceFileIds', 0], 'f9'],
    [['attestations', 0, 'exceptions', 0, 'requirementIds', 0], 'r9'],
    [['evidenceFiles', 0, 'ownerId'], 'resp1'],
    [['evidenceFiles', 1, 'vendorId'], 'v9'],
    [['evidenceBlobs', 1, 'id'], 'f9'],
    [['procurement', 'tieResolutions', 0, 'winnerId'], 'v9'],
    [['requirements', 1, 'procurementId'], 'p2'],
    [['audit', 0, 'procurementId'], 'p2']
  ])('reports a dangling reference at %j', (path, id) => {
    const { issues } = restoreBundle(edit(rawBundle(), path, id), 'b');
    expect(issues).toEqual([{ code: 'danglingReference', path: `b${pathText(path)}`, params: { id } }]);
  });

  it.each([
    [['requirements', 1, 'id'], 'r1', 'b.requirements[1].id'],
    [['vendors', 1, 'id'], 'v1', 'b.vendors[1].id'],
    [['audit', 1, 'seq'], 1, 'b.audit[1].seq']
  ])('reports the duplicate id at %j', (path, id, reported) => {
    const { issues } = restoreBundle(edit(rawBundle(), path, id), 'b');
    expect(issues).toContainEqual({ code: 'duplicateId', path: reported, params: { id } });
  });
});
