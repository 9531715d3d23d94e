import { describe, expect, it } from 'vitest';
import { matchEnum } from '$lib/domain/aliases';
import { ATTESTATION_TYPES, CRITICALITIES, OPINIONS, SUBSERVICE_METHODS } from '$lib/domain/model';
import { ENUM_LABELS } from './enum-labels';
import { parseAnswerCell } from './pack-format';
import { parseAttestationType } from './pack-import';
import { isIso27001WithAddOn } from './pack-import-sheets';
import {
  PACK_ISO_WITH_ADD_ON,
  PACK_SEPARATOR_HELP,
  acceptedValuesRange,
  acceptedValuesRows,
  packLists
} from './pack-lists';

const LOCALES = ['ja', 'en'] as const;

describe('packLists', () => {
  it.each(LOCALES)('offers in %s only values the reader takes back, each to its own code', (locale) => {
    const [answers, types, opinions, criticality, methods, certifications] = packLists(locale);
    expect(answers?.values.map(parseAnswerCell)).toEqual(['full', 'partial', 'none']);
    // Each type's label, and after ISO/IEC 27017 the 27001 certificate with its 27017 add-on.
    const withAddOn = types?.values.indexOf(PACK_ISO_WITH_ADD_ON) ?? -1;
    expect(types?.values[withAddOn - 1]).toBe('ISO/IEC 27017');
    expect(isIso27001WithAddOn(PACK_ISO_WITH_ADD_ON)).toBe(true);
    expect(types?.values.filter((_, i) => i !== withAddOn).map(parseAttestationType)).toEqual([
      ...ATTESTATION_TYPES
    ]);
    expect(certifications?.values).toEqual(types?.values);
    expect(opinions?.values.map((v) => matchEnum('opinion', v, ENUM_LABELS.opinion))).toEqual([...OPINIONS]);
    expect(criticality?.values.map((v) => matchEnum('criticality', v, ENUM_LABELS.criticality))).toEqual([
      ...CRITICALITIES
    ]);
    expect(
      methods?.values.map((v) => matchEnum('subserviceMethod', v, ENUM_LABELS.subserviceMethod))
    ).toEqual([...SUBSERVICE_METHODS]);
  });

  it('writes the glossary words: 一体方式 / 除外方式 and CSゴールドマーク, never the retired ones', () => {
    const ja = packLists('ja').flatMap((list) => list.values);
    expect(ja).toEqual(
      expect.arrayContaining(['一体方式', '除外方式', 'CSゴールドマーク', 'CSシルバーマーク'])
    );
    for (const retired of ['包含方式', 'インクルーシブ方式', 'CSマーク・ゴールド', 'CSマーク・シルバー']) {
      expect(ja).not.toContain(retired);
    }
  });

  it.each(LOCALES)(
    'in %s, no value of a several-values column holds a separator the reader splits on',
    (locale) => {
      const several = packLists(locale).filter((list) => list.multiple);
      expect(several).toHaveLength(1);
      for (const value of several.flatMap((list) => list.values)) expect(value).not.toMatch(/[\n,、，;；]/);
      expect(PACK_SEPARATOR_HELP[locale]).toMatch(locale === 'ja' ? /「、」/ : /comma/);
    }
  );
});

describe('the accepted-values sheet', () => {
  it.each(LOCALES)('has one column per list in %s, and each range covers exactly its values', (locale) => {
    const rows = acceptedValuesRows(locale);
    const lists = packLists(locale);
    expect(rows[0]).toHaveLength(lists.length);
    lists.forEach((list, index) => {
      const column = rows.slice(1).map((row) => row[index] ?? '');
      expect(column.filter(Boolean)).toEqual(list.values);
      const range = acceptedValuesRange(locale, index);
      const [, first = '', last = ''] = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range) ?? [];
      expect(Number(last) - Number(first) + 1, range).toBe(list.values.length);
      expect(Number(first)).toBe(2);
    });
    expect(acceptedValuesRange('ja', 0)).toBe("'選択肢'!$A$2:$A$4");
    expect(acceptedValuesRange('en', 1)).toBe("'Accepted values'!$B$2:$B$17");
  });
});
