import { describe, expect, it } from 'vitest';
import { matchEnum, ENUM_CODES, ENUM_KINDS } from '../domain/aliases';
import { ENUM_LABELS } from './enum-labels';

describe('ENUM_LABELS', () => {
  const read = <K extends keyof typeof ENUM_LABELS>(kind: K, text: string) =>
    matchEnum(kind, text, ENUM_LABELS[kind]);

  it.each(
    ENUM_KINDS.flatMap((kind) =>
      ENUM_CODES[kind].flatMap((code) =>
        ((ENUM_LABELS[kind] as Record<string, readonly string[]>)[code] ?? []).map(
          (label) => [kind, label, code] as const
        )
      )
    )
  )('%s: the app label %j reads as %s', (kind, label, code) => {
    expect(read(kind, label)).toBe(code);
  });

  it('has a Japanese and an English label for every code', () => {
    for (const kind of ENUM_KINDS) {
      for (const code of ENUM_CODES[kind]) {
        const labels = (ENUM_LABELS[kind] as Record<string, readonly string[]>)[code] ?? [];
        expect(labels.filter((label) => label !== '').length, `${kind}.${code}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  // The words vendors were seen writing (issue 12), each with the code the buyer means.
  it.each([
    ...['はい', '対応', '対応済', '対応済み', 'Yes', 'Y', '○', '〇', '◯', 'Meets'].map((w) => [
      'answer',
      w,
      'full'
    ]),
    ...['一部', '一部対応', 'partial', 'partially', 'Partly'].map((w) => ['answer', w, 'partial']),
    ...['いいえ', '未対応', '非対応', 'No', 'N', '×', '✕', 'Does not'].map((w) => ['answer', w, 'none']),
    ...['ISMAP', 'ISMAP登録', 'ISMAP 登録', 'ISMAP registration'].map((w) => ['attestationType', w, 'ismap']),
    ...['ISMAP-LIU', 'ISMAP LIU', 'ISMAP-LIU 登録'].map((w) => ['attestationType', w, 'ismapLiu']),
    ...['SOC2 Type2', 'SOC 2 Type II', 'SOC 2 タイプ2', 'SOC 2 Type II 報告書'].map((w) => [
      'attestationType',
      w,
      'soc2Type2'
    ]),
    ['attestationType', 'SOC2 Type1', 'soc2Type1'],
    ['attestationType', 'SOC 3', 'soc3'],
    ...['ISO27001', 'ISO/IEC 27001', 'ISO/IEC 27001 認証'].map((w) => ['attestationType', w, 'iso27001']),
    // ISO/IEC 27017 is a record of its own (issue 18), not read as a 27001.
    ...['ISO/IEC 27017', 'ISO27017'].map((w) => ['attestationType', w, 'iso27017']),
    ...['CSゴールド', 'CSゴールドマーク', 'CSマーク・ゴールド'].map((w) => ['attestationType', w, 'csGold']),
    ['attestationType', 'CSシルバー', 'csSilver'],
    ['attestationType', 'CSA STAR', 'csaStar2Certification'],
    ...['無限定意見', 'unmodified', 'Unmodified'].map((w) => ['opinion', w, 'unmodified']),
    ...['一体方式', 'inclusive', '包含方式', 'インクルーシブ方式'].map((w) => [
      'subserviceMethod',
      w,
      'inclusive'
    ]),
    ...['除外方式', 'carve-out', 'Carve-out'].map((w) => ['subserviceMethod', w, 'carveOut']),
    ...['重要', 'Critical'].map((w) => ['criticality', w, 'critical']),
    ...['通常', 'Normal'].map((w) => ['criticality', w, 'normal']),
    ['answer', '多分', null],
    ['answer', 'N/A', null],
    ['attestationType', 'FedRAMP', null],
    ['subserviceMethod', 'ハイブリッド', null]
  ] as [keyof typeof ENUM_LABELS, string, string | null][])('%s: %j → %s', (kind, word, code) => {
    expect(read(kind, word)).toBe(code);
  });
});
