import { describe, expect, it } from 'vitest';
import { answerLookup } from './answer-lookup';
import type { EvidenceFile, Response } from './model';

const AT = '2025-01-01T00:00:00.000Z';

function response(id: string, vendorId: string, requirementId: string): Response {
  return {
    id,
    procurementId: 'p1',
    vendorId,
    requirementId,
    answer: 'full',
    explanation: id,
    evidenceRefs: '',
    updatedAt: AT,
    source: 'manual'
  };
}

function file(id: string, ownerKind: EvidenceFile['ownerKind'], ownerId: string): EvidenceFile {
  return {
    id,
    procurementId: 'p1',
    vendorId: 'v1',
    ownerKind,
    ownerId,
    name: `${id}.pdf`,
    type: 'application/pdf',
    size: 1,
    sha256: '00'.repeat(32),
    addedAt: AT,
    addedBy: '山田'
  };
}

describe('answerLookup', () => {
  const responses = [
    response('a1', 'v1', 'r1'),
    response('a2', 'v1', 'r2'),
    response('a3', 'v2', 'r1'),
    response('a4', 'v1', 'r1')
  ];
  const files = [
    file('f1', 'response', 'a1'),
    file('f2', 'attestation', 'a1'),
    file('f3', 'response', 'a3'),
    file('f4', 'response', 'a1'),
    file('f5', 'response', 'a4')
  ];
  const lookup = answerLookup(responses, files);

  it('finds the answer of each cell, the first one where a cell has two', () => {
    expect(lookup.answerOf('v1', 'r1')?.id).toBe('a1');
    expect(lookup.answerOf('v1', 'r2')?.id).toBe('a2');
    expect(lookup.answerOf('v2', 'r1')?.id).toBe('a3');
    expect(lookup.answerOf('v2', 'r2')).toBeUndefined();
  });

  it("lists the files attached to the cell's answer, in order, and no other owner's", () => {
    expect(lookup.filesOf('v1', 'r1').map((f) => f.id)).toEqual(['f1', 'f4']);
    expect(lookup.filesOf('v2', 'r1').map((f) => f.id)).toEqual(['f3']);
    expect(lookup.filesOf('v1', 'r2')).toEqual([]);
    expect(lookup.filesOf('v2', 'r2')).toEqual([]);
  });

  it('gives the same as a scan per row', () => {
    for (const v of ['v1', 'v2']) {
      for (const r of ['r1', 'r2']) {
        const scanned = responses.find((x) => x.vendorId === v && x.requirementId === r);
        expect(lookup.answerOf(v, r)).toBe(scanned);
        const scannedFiles = scanned
          ? files.filter((f) => f.ownerKind === 'response' && f.ownerId === scanned.id)
          : [];
        expect(lookup.filesOf(v, r)).toEqual(scannedFiles);
      }
    }
  });
});
