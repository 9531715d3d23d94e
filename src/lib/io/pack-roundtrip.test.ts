// Property test: whatever the texts, a pack exported and read back unchanged changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ATTESTATION_TYPES, CRITICALITIES, OPINIONS, SUBSERVICE_METHODS, ANSWERS } from '$lib/domain/model';
import type {
  Attestation,
  AttestationType,
  Criticality,
  Opinion,
  Response,
  SubserviceMethod
} from '$lib/domain/model';
import type { AttestationFields } from '$lib/domain/attestation-draft';
import { CELL_TEXT_MAX } from '$lib/domain/limits';
import { previewResponses } from '$lib/domain/response-preview';
import { previewPackRecords } from '$lib/domain/pack-records';
import { integer, pick, randomText, seededRandom, type Random } from '$lib/testing/random-text';
import { requirement, response, VENDOR_ID } from '$lib/testing/pack';
import { buildPackCsv, buildPackXlsx, type PackInput } from './pack-export';
import {
  PACK_ATTESTATION_COLUMNS as ATT,
  PACK_CRITICALITY_LABELS,
  PACK_OPINION_LABELS,
  PACK_SHEETS,
  PACK_SUBCONTRACTOR_COLUMNS as SUB,
  PACK_SUBSERVICE_LABELS,
  unguardText,
  xlsxCellText,
  type PackLocale
} from './pack-format';
import { readPack, type ParsedPack } from './pack-import';
import { readTable } from './spreadsheet-read';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';

/** Texts as the preview compares them: line ends, NFC, surrounding blanks. */
const fold = (text: string) => text.replace(/\r\n?/g, '\n').normalize('NFC').trim();

interface AttestationRecord {
  type: AttestationType;
  number: string;
  issuer: string;
  periodStart: string;
  periodEnd: string;
  scopeText: string;
  opinion: Opinion | null;
}

interface SubcontractorRecord {
  name: string;
  role: string;
  criticality: Criticality | null;
  subserviceMethod: SubserviceMethod | null;
  certifications: AttestationType[];
  separator: string;
}

interface Case {
  input: PackInput;
  responses: Response[];
  attestations: AttestationRecord[];
  subcontractors: SubcontractorRecord[];
}

function randomDate(random: Random): string {
  if (random() < 0.2) return '';
  const day = new Date(Date.UTC(2015, 0, 1) + integer(random, 0, 4000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function randomCase(seed: number, long: boolean): Case {
  const random = seededRandom(seed);
  const locale: PackLocale = random() < 0.5 ? 'ja' : 'en';
  const text = (options: { nonBlank?: boolean } = {}) => randomText(random, options);
  // With `long`, each field of one record holds as much as a cell carries.
  const maybeLong = (first: boolean) => randomText(random, { long: long && first });
  const count = integer(random, 1, 4);
  const requirements = Array.from({ length: count }, (_, i) =>
    requirement({
      id: `req-${seed}-${i}`,
      order: count - i,
      ref: text(),
      domain: text(),
      title: text(),
      text: long && i === 0 ? randomText(random, { long: true }) : text({ nonBlank: true }),
      kind: random() < 0.5 ? 'mandatory' : 'scored'
    })
  );
  const responses = requirements.flatMap((req, i) =>
    random() < 0.85
      ? [
          response({
            id: `resp-${i}`,
            requirementId: req.id,
            answer: random() < 0.15 ? null : pick(random, ANSWERS),
            explanation: maybeLong(i === 0),
            evidenceRefs: maybeLong(i === 0)
          })
        ]
      : []
  );
  const attestations = Array.from({ length: integer(random, 0, 3) }, (_, i) => ({
    type: pick(random, ATTESTATION_TYPES),
    number: maybeLong(i === 0),
    issuer: maybeLong(i === 0),
    periodStart: randomDate(random),
    periodEnd: randomDate(random),
    scopeText: maybeLong(i === 0),
    opinion: random() < 0.4 ? null : pick(random, OPINIONS)
  }));
  const subcontractors = Array.from({ length: integer(random, 0, 3) }, (_, i) => ({
    name: randomText(random, { long: long && i === 0, nonBlank: true }),
    role: maybeLong(i === 0),
    criticality: random() < 0.2 ? null : pick(random, CRITICALITIES),
    subserviceMethod: random() < 0.2 ? null : pick(random, SUBSERVICE_METHODS),
    certifications: [
      ...new Set(Array.from({ length: integer(random, 0, 3) }, () => pick(random, ATTESTATION_TYPES)))
    ],
    separator: pick(random, ['、', '\n', '\r\n', ', ', ';', '，'])
  }));
  const input: PackInput = {
    procurementTitle: maybeLong(true),
    organisation: text(),
    vendor: { id: VENDOR_ID, company: text({ nonBlank: true }), serviceName: text() },
    criteria: { version: integer(random, 1, 9), hash: 'ab'.repeat(32) },
    requirements,
    answers: responses,
    locale,
    exportedAt: '2026-01-02T03:04:05.000Z'
  };
  return { input, responses, attestations, subcontractors };
}

/** A vendor fills the certification and subcontractor sheets in Excel and saves the file. */
async function fillSheets(bytes: Uint8Array, c: Case): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  // ExcelJS decodes `_xHHHH_` on loading but does not escape it on saving (Excel does): escape again.
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = xlsxCellText(cell.value);
      })
    )
  );
  const { locale } = c.input;
  const put = (sheet: string, row: number, column: number, value: string) => {
    const target = book.getWorksheet(sheet);
    if (!target) throw new Error(`no sheet ${sheet}`);
    // As Excel saves what a vendor typed: an `_xHHHH_` they wrote stays text.
    if (value !== '') target.getCell(row, column + 1).value = xlsxCellText(value);
  };
  c.attestations.forEach((a, i) => {
    const sheet = PACK_SHEETS.attestations[locale];
    put(sheet, i + 2, ATT.type, ATTESTATION_SHORT_LABELS[locale][a.type]);
    put(sheet, i + 2, ATT.number, a.number);
    put(sheet, i + 2, ATT.issuer, a.issuer);
    put(sheet, i + 2, ATT.periodStart, a.periodStart);
    put(sheet, i + 2, ATT.periodEnd, a.periodEnd);
    put(sheet, i + 2, ATT.scope, a.scopeText);
    put(sheet, i + 2, ATT.opinion, a.opinion ? PACK_OPINION_LABELS[locale][a.opinion] : '');
  });
  c.subcontractors.forEach((s, i) => {
    const sheet = PACK_SHEETS.subcontractors[locale];
    put(sheet, i + 2, SUB.name, s.name);
    put(sheet, i + 2, SUB.role, s.role);
    put(sheet, i + 2, SUB.criticality, s.criticality ? PACK_CRITICALITY_LABELS[locale][s.criticality] : '');
    put(
      sheet,
      i + 2,
      SUB.subserviceMethod,
      s.subserviceMethod ? PACK_SUBSERVICE_LABELS[locale][s.subserviceMethod] : ''
    );
    put(
      sheet,
      i + 2,
      SUB.certifications,
      s.certifications.map((type) => ATTESTATION_SHORT_LABELS[locale][type]).join(s.separator)
    );
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Every cell of the exported workbook fits in Excel's cell. */
function expectCellsFit(bytes: Uint8Array): void {
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  for (const name of book.SheetNames) {
    for (const row of book.Sheets[name]?.['!data'] ?? []) {
      for (const cell of row ?? []) {
        expect(String(cell?.v ?? '').length, name).toBeLessThanOrEqual(CELL_TEXT_MAX);
      }
    }
  }
}

function expectNoChanges(c: Case, pack: ParsedPack, withSheets: boolean): void {
  const preview = previewResponses(c.responses, pack.answers, VENDOR_ID);
  expect(preview.counts.new).toBe(0);
  expect(preview.counts.changed).toBe(0);
  for (const stored of c.responses) {
    const read = pack.answers.find((answer) => answer.requirementId === stored.requirementId);
    expect(read?.answer ?? null).toBe(stored.answer);
    expect(fold(read?.explanation ?? '')).toBe(fold(stored.explanation));
    expect(fold(read?.evidenceRefs ?? '')).toBe(fold(stored.evidenceRefs));
  }
  expect(fold(pack.vendorName ?? '')).toBe(fold(c.input.vendor.company));
  if (!withSheets) return;

  const foldRow = <T extends object>(row: T): T =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? fold(value) : value])
    ) as T;
  expect((pack.attestations ?? []).map(foldRow)).toEqual(
    c.attestations.map((a, i) => ({
      row: i + 2,
      type: a.type,
      number: fold(a.number),
      issuer: fold(a.issuer),
      periodStart: a.periodStart || null,
      periodEnd: a.periodEnd || null,
      scopeText: fold(a.scopeText),
      ...(a.opinion ? { opinion: a.opinion } : {})
    }))
  );
  expect((pack.subcontractors ?? []).map(foldRow)).toEqual(
    c.subcontractors.map((s, i) => ({
      row: i + 2,
      name: fold(s.name),
      role: fold(s.role),
      criticality: s.criticality ?? 'normal',
      subserviceMethod: s.subserviceMethod ?? 'carveOut',
      certifications: s.certifications
    }))
  );
  // Stored as applying the pack stores them: reading the pack again adds and changes nothing.
  const subs = c.subcontractors.map((s, i) => ({ id: `sub-${i}`, vendorId: VENDOR_ID, name: s.name }));
  const rows = { attestations: pack.attestations ?? [], subcontractors: pack.subcontractors ?? [] };
  const first = previewPackRecords({ subcontractors: [], attestations: [] }, VENDOR_ID, rows);
  const record = (fields: AttestationFields, n: number, subcontractorId: string | null): Attestation => ({
    ...fields,
    id: `a-${n}`,
    procurementId: 'p1',
    vendorId: VENDOR_ID,
    subcontractorId,
    evidenceFileIds: []
  });
  const stored = {
    subcontractors: subs,
    attestations: [
      ...first.attestations.filter((a) => a.kind === 'new').map((a, n) => record(a.fields, n, null)),
      ...first.subcontractors.flatMap((s, i) =>
        s.certifications
          .filter((a) => a.kind === 'new')
          .map((a, n) => record(a.fields, 1000 * (i + 1) + n, `sub-${i}`))
      )
    ]
  };
  const records = previewPackRecords(stored, VENDOR_ID, rows);
  const kinds = [
    ...records.attestations.map((a) => a.kind),
    ...records.subcontractors.flatMap((s) => [s.kind, ...s.certifications.map((a) => a.kind)])
  ];
  expect(kinds.filter((kind) => kind !== 'existing')).toEqual([]);
}

/** The template-info values a pack carries but the import does not keep, read back as written. */
function expectTemplate(bytes: Uint8Array, c: Case): void {
  const table = readTable(bytes, 'pack.xlsx').data;
  const sheet = table?.sheets.find((s) => s.name === PACK_SHEETS.template[c.input.locale]);
  const value = (key: string) => unguardText(sheet?.rows.find((row) => row[0] === key)?.[2] ?? '');
  expect(fold(value('procurementTitle'))).toBe(fold(c.input.procurementTitle));
  expect(fold(value('organisation'))).toBe(fold(c.input.organisation));
  expect(fold(value('serviceName'))).toBe(fold(c.input.vendor.serviceName));
}

/** Seeds; every fourth case fills one record of each sheet to the cell's limit. */
const CASES = Array.from({ length: 16 }, (_, i) => ({ seed: 1000 + i * 7919, long: i % 4 === 0 }));

describe('a pack exported and read back unchanged gives a preview with zero changes', () => {
  // The app runs ExcelJS's browser bundle, which encodes each zip entry with TextEncoder. Its Node
  // entry, which tests load, hands JSZip a string instead, and JSZip cuts strings into 16K chunks
  // that can split a surrogate pair (an emoji, 𠮷) into two U+FFFD: take the browser's path here.
  const env = process as { browser?: boolean };
  const wasBrowser = env.browser;
  beforeAll(() => {
    env.browser = true;
  });
  afterAll(() => {
    env.browser = wasBrowser;
  });

  // Beyond the default 5 s: the first case also loads ExcelJS, and the pack now has seven sheets.
  it.each(CASES)(
    'XLSX, seed $seed (long: $long)',
    async ({ seed, long }) => {
      const c = randomCase(seed, long);
      const exported = await buildPackXlsx(c.input);
      expectCellsFit(exported);
      expectTemplate(exported, c);
      const filled = await fillSheets(exported, c);
      const expectation = { requirements: c.input.requirements, vendorId: VENDOR_ID };
      const { data, issues } = readPack(filled, 'pack.xlsx', expectation);
      expect(issues).toEqual([]);
      if (!data) throw new Error('unread');
      expectNoChanges(c, data, true);
    },
    20_000
  );

  it.each(CASES)('CSV, seed $seed (long: $long)', async ({ seed, long }) => {
    const c = randomCase(seed, long);
    const bytes = await buildPackCsv(c.input);
    const expectation = { requirements: c.input.requirements, vendorId: VENDOR_ID };
    const { data, issues } = readPack(bytes, 'pack.csv', expectation);
    expect(issues).toEqual([]);
    if (!data) throw new Error('unread');
    expectNoChanges(c, data, false);
  });
});
