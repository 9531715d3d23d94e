import { describe, expect, it } from 'vitest';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { decodeText } from './encoding';
import { buildRankingCsv, rankingCsvText, rankingRows } from './ranking-csv';
import { scenarioBundle, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';

const HOSTILE = '=HYPERLINK("http://evil.example","x"),1';

function worked(settings: Parameters<typeof scenarioBundle>[0]['settings'] = {}) {
  const bundle = scenarioBundle({
    ...WORKED_EXAMPLE,
    vendors: { ...WORKED_EXAMPLE.vendors, C: { ...WORKED_EXAMPLE.vendors.C!, company: HOSTILE } },
    settings
  });
  const input = scoringInputOf(bundle);
  return { bundle, result: scoreProcurement(input), settings: input.settings };
}

/** RFC 4180 lines back into fields (enough for these files: quotes doubled, no line breaks). */
function parse(text: string): string[][] {
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
          fields.push(field);
          field = '';
        } else field += ch;
      }
      fields.push(field);
      return fields;
    });
}

describe('ranking CSV', () => {
  it.each([
    ['additive', {}, ['1', '事業者A', '', '合格', '66.66', '10.00', '8000000', '76.66'], '75.00'],
    [
      'division',
      { priceMethod: 'division' as const },
      ['1', '事業者A', '', '合格', '66.66', '8000000', '833.2500'],
      '763.1578'
    ]
  ])('%s: ranked vendors first, figures at their decimals', (_, settings, first, secondTotal) => {
    const w = worked(settings);
    const rows = parse(rankingCsvText(rankingRows(w.bundle, w.result, w.settings, 'ja')));
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, first.length)).toEqual(first);
    expect(rows[2]![0]).toBe('2');
    expect(rows[2]).toContain(secondTotal);
  });

  it('lists the disqualified vendor last, guarded, with its reason and no total', () => {
    const w = worked();
    const rows = parse(rankingCsvText(rankingRows(w.bundle, w.result, w.settings, 'ja')));
    const last = rows[3]!;
    expect(last[0]).toBe('');
    expect(last[1]).toBe(`'${HOSTILE}`);
    expect(last[3]).toBe('不合格');
    expect(last[7]).toBe('');
    expect(last.at(-1)).toBe('必須項目 R-002 不適合');
  });

  it.each([
    ['utf-8-bom', 'utf-8-bom'],
    ['shift_jis', 'shift_jis']
  ] as const)('%s: decodes back to the same text', async (encoding, detected) => {
    const w = worked();
    const bytes = await buildRankingCsv(w.bundle, w.result, w.settings, 'ja', encoding);
    if (encoding === 'utf-8-bom') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeText(bytes, encoding === 'shift_jis' ? 'shift_jis' : undefined);
    expect(decoded.encoding).toBe(detected);
    expect(decoded.text).toBe(rankingCsvText(rankingRows(w.bundle, w.result, w.settings, 'ja')));
  });

  it('has English headers on request', () => {
    const w = worked();
    expect(rankingRows(w.bundle, w.result, w.settings, 'en')[0]![0]).toBe('Rank');
  });
});
