/**
 * One term per concept (README glossary): every message file, the pack and workbook label modules, the memo, the
 * demo data and every JSON of `questionnaires/` use 一体方式 / 除外方式, CSゴールドマーク / CSシルバーマーク and their
 * English twins, never a retired variant. The only place an old spelling may stand is an alias that reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRetiredTerms } from '../domain/terminology';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const filesIn = (folder: string, keep: (name: string) => boolean): string[] =>
  (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
    .map((name) =>
      relative(ROOT, join(ROOT, folder, name))
        .split(sep)
        .join('/')
    )
    .filter(keep)
    .sort();

const source = (name: string) => name.endsWith('.ts') && !name.endsWith('.test.ts');

/** Source files whose strings a user reads: messages, pack/workbook/CSV labels, memo, demo data. */
const SOURCES = [
  ...filesIn('src/lib/i18n', source),
  ...filesIn('src/lib/io', source),
  'src/lib/domain/memo.ts',
  'src/lib/domain/demo-data.ts',
  'src/lib/domain/demo-evaluation.ts',
  'src/lib/domain/demo.ts'
];

const JSON_FILES = filesIn('questionnaires', (name) => name.endsWith('.json'));

/**
 * Aliases that read old spellings back from vendors' files: allowed here and nowhere else. A new entry is a
 * deliberate decision, so the list names each path.
 */
const ALIAS_PATHS: ReadonlySet<string> = new Set([
  'aliases.json:kinds.attestationType.csGold',
  'aliases.json:kinds.attestationType.csSilver',
  'aliases.json:kinds.subserviceMethod.inclusive',
  'aliases.json:kinds.subserviceMethod.carveOut'
]);

/** Every string in a JSON value, with the path of the array or object key that holds it. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) for (const item of value) strings(item, path, out);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) strings(item, path ? `${path}.${key}` : key, out);
  return out;
}

describe('the retired variants are recognised', () => {
  it.each([
    ['包含方式で評価', '一体方式'],
    ['インクルーシブ方式', '一体方式'],
    ['一体方式（インクルーシブ）', '一体方式'],
    ['カーブアウト方式', '除外方式'],
    ['CSマーク・ゴールド', 'CSゴールドマーク'],
    ['CSマーク･ゴールド', 'CSゴールドマーク'],
    ['ＣＳマーク・シルバー', 'CSシルバーマーク'],
    ['CSゴールド取得', 'CSゴールドマーク'],
    ['JASA CS Gold mark', 'CS Gold Mark'],
    ['the CS Mark Silver', 'CS Silver Mark'],
    ['Method: Inclusive', 'inclusive method'],
    ['Carve-out: excluded', 'carve-out method']
  ])('"%s" is flagged, to be written %s', (text, use) => {
    expect(findRetiredTerms(text).map((f) => f.use)).toContain(use);
  });

  it.each([
    '一体方式 / 除外方式',
    'CSゴールドマーク、CSシルバーマーク',
    'CS Gold Mark and CS Silver Mark',
    'Inclusive method (一体方式) or carve-out method',
    'Carve-out method',
    'prices are tax-inclusive',
    'CSマークの使用許諾番号'
  ])('"%s" passes', (text) => {
    expect(findRetiredTerms(text)).toEqual([]);
  });
});

describe('every text a user reads uses one term per concept', () => {
  it('scans the message files, the pack labels and every questionnaires/ file', () => {
    expect(SOURCES).toEqual(
      expect.arrayContaining([
        'src/lib/i18n/messages-core.ts',
        'src/lib/i18n/messages-collect-en.ts',
        'src/lib/io/pack-format.ts',
        'src/lib/io/enum-labels.ts',
        'src/lib/io/spec-annex.ts'
      ])
    );
    expect(JSON_FILES).toEqual(
      expect.arrayContaining([
        'questionnaires/aliases.json',
        'questionnaires/presets/gov-saas-confidential.json'
      ])
    );
  });

  it.each(SOURCES)('%s has no retired variant', (name) => {
    const found = findRetiredTerms(readFileSync(join(ROOT, name), 'utf8'));
    expect(found.map((f) => `${f.found} → ${f.use}`)).toEqual([]);
  });

  it.each(JSON_FILES)('%s has no retired variant outside the aliases that read them', (name) => {
    const file = name.slice('questionnaires/'.length);
    const json: unknown = JSON.parse(readFileSync(join(ROOT, name), 'utf8'));
    const found = strings(json, '')
      .filter(([path]) => !ALIAS_PATHS.has(`${file}:${path}`))
      .flatMap(([path, text]) => findRetiredTerms(text).map((f) => `${path}: ${f.found} → ${f.use}`));
    expect(found).toEqual([]);
  });

  it('still reads the old spellings as aliases, and only where the list allows', () => {
    const json: unknown = JSON.parse(readFileSync(join(ROOT, 'questionnaires/aliases.json'), 'utf8'));
    const allowed = strings(json, '').filter(([, text]) => findRetiredTerms(text).length > 0);
    expect(new Set(allowed.map(([path]) => `aliases.json:${path}`))).toEqual(ALIAS_PATHS);
    expect(allowed.map(([, text]) => text)).toEqual(
      expect.arrayContaining(['包含方式', 'インクルーシブ方式', 'CSマークゴールド', 'CS Mark Silver'])
    );
  });
});
