import { describe, expect, it } from 'vitest';
import { AUDIT_SUMMARY_MAX, chainEntry } from './audit';
import {
  checkCorrectionReason,
  correctedAction,
  correctionAfter,
  correctionsFrom,
  CORRECTION_REASON_MAX,
  freezeCheck,
  isFrozenKind,
  touchesVendorNames
} from './freeze';
import type { AuditEntry } from './model';
import { sha256Text } from './sha256';

const LOCK = { at: '2026-01-10T00:00:00.000Z', by: '委員長' };

describe('freezeCheck', () => {
  it.each([
    ['before the lock, no correction', null, undefined, null, []],
    ['before the lock, with a correction', null, { procurementId: 'p1', reason: '訂正' }, null, []],
    ['after the lock, no correction', LOCK, undefined, undefined, ['frozenAfterTechnicalLock']],
    [
      'after the lock, another procurement',
      LOCK,
      { procurementId: 'p2', reason: '訂正' },
      undefined,
      ['frozenAfterTechnicalLock']
    ],
    [
      'after the lock, blank reason',
      LOCK,
      { procurementId: 'p1', reason: ' \n ' },
      undefined,
      ['correctionReasonMissing']
    ],
    ['after the lock, a reason', LOCK, { procurementId: 'p1', reason: '  誤記の訂正  ' }, '誤記の訂正', []]
  ] as const)('%s', (_, lock, correction, reason, codes) => {
    const check = freezeCheck('p1', lock, correction);
    expect(check.issues.map((i) => i.code)).toEqual(codes);
    if (reason === undefined) expect(check.data).toBeNull();
    else expect(check.data).toEqual({ reason });
  });
});

describe('checkCorrectionReason', () => {
  it('accepts exactly the maximum and refuses one more', () => {
    expect(checkCorrectionReason('訂'.repeat(CORRECTION_REASON_MAX)).data).toHaveLength(
      CORRECTION_REASON_MAX
    );
    expect(checkCorrectionReason('訂'.repeat(CORRECTION_REASON_MAX + 1)).issues[0]).toMatchObject({
      code: 'correctionReasonTooLong',
      params: { max: CORRECTION_REASON_MAX }
    });
  });

  it('refuses a reason whose escaped form would not fit the audit entry', () => {
    expect(checkCorrectionReason('\u0001'.repeat(100)).issues[0]?.code).toBe('correctionReasonTooLong');
  });
});

describe('what is frozen', () => {
  it.each([
    ['response', true],
    ['attestation', true],
    ['subcontractor', true],
    ['evidenceFile', true],
    ['vendor', true],
    ['grade', false],
    ['requirement', false]
  ])('%s → %s', (kind, frozen) => expect(isFrozenKind(kind)).toBe(frozen));

  it.each([
    [{ company: '新社名' }, true],
    [{ serviceName: '新サービス' }, true],
    [{ serviceEdition: 'v2' }, true],
    [{ contact: '03-0000-0000', notes: 'メモ' }, false]
  ])('vendor patch %o touches names: %s', (patch, touches) =>
    expect(touchesVendorNames(patch)).toBe(touches)
  );
});

describe('correction entries', () => {
  const reason = '事業者からの訂正届による';

  function entry(action: string, after: string, seq = 1): AuditEntry {
    return chainEntry(
      {
        procurementId: 'p1',
        at: `2026-01-1${seq}T00:00:00.000Z`,
        actor: '委員長',
        action,
        entityKind: 'response',
        entityId: 'r1',
        before: '{"answer":"full"}',
        after
      },
      undefined,
      sha256Text
    );
  }

  it('keeps the whole reason and cuts the new value to fit the audit summary', () => {
    const text = correctionAfter(reason, { explanation: 'あ'.repeat(2000) });
    expect(text.length).toBeLessThanOrEqual(AUDIT_SUMMARY_MAX);
    expect(JSON.parse(text).reason).toBe(reason);
    expect(JSON.parse(text).change.endsWith('…')).toBe(true);
  });

  it('reads back when, who, what and why, and skips ordinary entries', () => {
    const entries = [
      entry('response.put', '{"answer":"none"}', 1),
      entry('correction.response.put', correctionAfter(reason, { answer: 'partial' }), 2)
    ];
    expect(correctionsFrom(entries)).toEqual([
      {
        seq: 1,
        at: '2026-01-12T00:00:00.000Z',
        by: '委員長',
        reason,
        action: 'response.put',
        entityKind: 'response',
        entityId: 'r1',
        before: '{"answer":"full"}',
        after: '{"answer":"partial"}'
      }
    ]);
  });

  it('names the underlying action', () => {
    expect(correctedAction('correction.vendor.update')).toBe('vendor.update');
    expect(correctedAction('vendor.update')).toBeNull();
  });
});
