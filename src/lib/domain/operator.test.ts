import { describe, expect, it } from 'vitest';
import {
  NAMED_ACTIONS,
  OPERATOR_BOUNDS,
  allowedWithout,
  checkOperator,
  operatorLabel,
  sameOperator,
  type Operator
} from './operator';

const named: Operator = { name: '山田 太郎', affiliation: '情報システム課' };

describe('allowedWithout: what an operator without a name may do', () => {
  it.each(NAMED_ACTIONS.map((action) => [action]))('%s is refused without a name', (action) => {
    expect(allowedWithout(action, null)).toBe(false);
    expect(allowedWithout(action, { name: '   ', affiliation: '課' })).toBe(false);
  });

  it.each(NAMED_ACTIONS.map((action) => [action]))('%s is allowed once a name is set', (action) => {
    expect(allowedWithout(action, named)).toBe(true);
    expect(allowedWithout(action, { name: '山田', affiliation: '' })).toBe(true);
  });

  it.each([
    ['grade.put'],
    ['response.put'],
    ['vendor.add'],
    ['evaluation.submit'],
    ['evaluator.passphraseSet']
  ])('%s is allowed without a name (everyday work is not blocked)', (action) => {
    expect(allowedWithout(action, null)).toBe(true);
  });

  it('covers the acts the issue names: lock, consensus, close, price opening, sheet returns', () => {
    for (const action of [
      'criteria.lock',
      'consensus.put',
      'evaluation.lockTechnical',
      'vendor.bid',
      'evaluation.return',
      'evaluatorPackage.importGrades',
      'evaluatorPackage.exportGrades'
    ]) {
      expect(NAMED_ACTIONS as readonly string[]).toContain(action);
    }
  });
});

describe('checkOperator', () => {
  it.each([
    ['trimmed and kept', { name: ' 山田 太郎 ', affiliation: ' 情報システム課 ' }, named, []],
    ['affiliation optional', { name: '山田', affiliation: '' }, { name: '山田', affiliation: '' }, []],
    ['name missing', { name: '  ', affiliation: '課' }, null, ['nameMissing']],
    [
      'name too long',
      { name: 'あ'.repeat(OPERATOR_BOUNDS.nameMax + 1), affiliation: '' },
      null,
      ['nameTooLong']
    ],
    [
      'affiliation too long',
      { name: '山田', affiliation: 'い'.repeat(OPERATOR_BOUNDS.affiliationMax + 1) },
      null,
      ['affiliationTooLong']
    ],
    [
      'at the bounds',
      {
        name: 'あ'.repeat(OPERATOR_BOUNDS.nameMax),
        affiliation: 'い'.repeat(OPERATOR_BOUNDS.affiliationMax)
      },
      {
        name: 'あ'.repeat(OPERATOR_BOUNDS.nameMax),
        affiliation: 'い'.repeat(OPERATOR_BOUNDS.affiliationMax)
      },
      []
    ]
  ] as const)('%s', (_label, input, data, codes) => {
    const result = checkOperator(input);
    expect(result.data).toEqual(data);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
  });

  it('normalises to NFC (a name typed with combining marks equals the composed one)', () => {
    const decomposed = 'か\u3099'; // か + combining dakuten
    expect(checkOperator({ name: decomposed, affiliation: '' }).data?.name).toBe('が');
  });
});

describe('operatorLabel and sameOperator', () => {
  it.each([
    [named, 'ja', '山田 太郎（情報システム課）'],
    [named, 'en', '山田 太郎 (情報システム課)'],
    [{ name: 'Taro Yamada', affiliation: '' }, 'en', 'Taro Yamada'],
    [{ name: '山田', affiliation: '' }, 'ja', '山田']
  ] as const)('%o in %s → %s', (operator, style, label) => {
    expect(operatorLabel(operator, style)).toBe(label);
  });

  it.each([
    [null, null, true],
    [null, named, false],
    [named, { ...named }, true],
    [named, { ...named, affiliation: '総務課' }, false],
    [named, { ...named, name: '山田 花子' }, false]
  ] as const)('%o vs %o → %s', (a, b, same) => {
    expect(sameOperator(a, b)).toBe(same);
  });
});
