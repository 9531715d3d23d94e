import { describe, expect, it } from 'vitest';
import { companyKey, editDistanceWithin, nearName, numberKey, serviceKey } from './normalise';

describe('numberKey', () => {
  it.each([
    ['C21-0008-2', 'C2100082'],
    ['Ｃ２１－０００８－２', 'C2100082'],
    ['c21 0008 2', 'C2100082'],
    ['C21‐0008―2', 'C2100082'],
    ['C21ー0008ー2', 'C2100082'],
    ['Ｃ21ｰ0008ｰ2', 'C2100082'],
    ['IS 689557', 'IS689557'],
    ['ＩＳ　６８９５５７', 'IS689557'],
    ['CLOUD 806590', 'CLOUD806590'],
    ['JQA-IM2002', 'JQAIM2002'],
    ['  ', '']
  ])('%s → %s', (text, key) => {
    expect(numberKey(text)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(numberKey('C21-0008-2')).not.toBe(numberKey('C21-0008-3'));
    expect(numberKey('IS 689557')).not.toBe(numberKey('CLOUD 689557'));
  });
});

describe('companyKey', () => {
  it.each([
    ['株式会社サンプルクラウド', 'サンプルクラウド'],
    ['サンプルクラウド株式会社', 'サンプルクラウド'],
    ['（株）サンプルクラウド', 'サンプルクラウド'],
    ['(株)サンプルクラウド', 'サンプルクラウド'],
    ['㈱サンプルクラウド', 'サンプルクラウド'],
    ['サンプル　クラウド　株式会社', 'サンプルクラウド'],
    ['ｻﾝﾌﾟﾙｸﾗｳﾄﾞ株式会社', 'サンプルクラウド'],
    ['ＡＢＣ Cloud 株式会社', 'abccloud'],
    ['ABC Cloud Co., Ltd.', 'abccloud'],
    ['Amazon Web Services, Inc.', 'amazonwebservices'],
    ['abc cloud corporation', 'abccloud'],
    ['Example Audit LLP', 'exampleaudit'],
    ['Example Audit L.L.P.', 'exampleaudit']
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it('does not drop a name that only contains a legal form word inside it', () => {
    expect(companyKey('株式会社インクリメント')).toBe('インクリメント');
    expect(companyKey('Incline Systems Inc.')).toBe('inclinesystems');
  });
});

describe('serviceKey', () => {
  it.each([
    ['Sample Cloud ｆｏｒ Government', 'samplecloudforgovernment'],
    ['サンプル・クラウド', 'サンプルクラウド']
  ])('%s → %s', (name, key) => {
    expect(serviceKey(name)).toBe(key);
  });
});

describe('nearName', () => {
  it.each([
    ['サンプルクラウド', 'サンプルクラウズ', true],
    ['サンプルクラウド', 'サンプルクラウドジャパン', true],
    ['サンプルクラウド', 'サンプルクラウド', false],
    ['サンプルクラウド', 'まったく別の会社', false],
    ['abc', 'abd', true],
    ['abc', 'xyz', false],
    ['abccloud', 'abcclouds', true],
    ['', 'abc', false]
  ])('%s ~ %s: %s', (a, b, near) => {
    expect(nearName(a, b)).toBe(near);
  });
});

describe('editDistanceWithin', () => {
  it.each([
    ['kitten', 'sitting', 3, true],
    ['kitten', 'sitting', 2, false],
    ['abc', 'abc', 0, true],
    ['abc', 'ab', 1, true],
    ['abc', 'a', 1, false]
  ])('%s → %s within %i: %s', (a, b, max, within) => {
    expect(editDistanceWithin(a, b, max)).toBe(within);
  });
});
