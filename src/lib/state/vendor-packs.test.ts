// Every vendor's pack in one go: one file per vendor, in order, named by procurement and vendor,
// a pause between files, each pack made out to its own vendor with its own answers.
import { describe, expect, it } from 'vitest';
import type { ProcurementBundle, Response } from '$lib/domain/model';
import { buildPackXlsx, type PackInput } from '$lib/io/pack-export';
import { readPack } from '$lib/io/pack-import';
import { testBundle, testVendor, workedExample, TEST_AT } from '$lib/testing/fixtures';
import { exportVendorPacks, packExpectation, packInput } from './vendor-packs';

function response(vendorId: string, requirementId: string, explanation: string): Response {
  return {
    id: `${vendorId}-${requirementId}`,
    procurementId: 'p1',
    vendorId,
    requirementId,
    answer: 'full',
    explanation,
    evidenceRefs: '',
    updatedAt: TEST_AT,
    source: 'manual'
  };
}

function bundleOf(patch: Partial<ProcurementBundle> = {}): ProcurementBundle {
  const base = testBundle(workedExample(), { procurement: { title: '基幹クラウド調達' } });
  const vendors = [
    testVendor('A', 0, { company: '架空クラウド株式会社' }),
    testVendor('B', 1, { company: 'evil\u202Efdp.exe' }),
    testVendor('C', 2, { company: '架空クラウド株式会社' })
  ];
  const first = base.requirements[0]!.id;
  return {
    ...base,
    vendors,
    responses: [response('A', first, 'A の説明'), response('B', first, 'B の説明')],
    ...patch
  };
}

const request = { exportedAt: TEST_AT, label: '質問票' };

/** A saver that records what it is given and builds a marker instead of a workbook. */
function recorder() {
  const log: string[] = [];
  const inputs: PackInput[] = [];
  const saved: { name: string; bytes: Uint8Array }[] = [];
  return {
    log,
    inputs,
    saved,
    saver: {
      build: async (input: PackInput) => {
        log.push(`build ${input.vendor.id}`);
        inputs.push(input);
        return new TextEncoder().encode(input.vendor.id);
      },
      save: (name: string, bytes: Uint8Array) => {
        log.push(`save ${name}`);
        saved.push({ name, bytes });
      },
      pause: async () => {
        log.push('pause');
      }
    }
  };
}

describe('exportVendorPacks', () => {
  it('builds and saves one pack per vendor, in order, pausing between files', async () => {
    const { log, inputs, saver } = recorder();
    const names = await exportVendorPacks(bundleOf(), request, saver);
    expect(names).toEqual([
      '基幹クラウド調達-架空クラウド株式会社-質問票.xlsx',
      '基幹クラウド調達-evilfdp.exe-質問票.xlsx',
      '基幹クラウド調達-架空クラウド株式会社-質問票-2.xlsx'
    ]);
    expect(log).toEqual([
      'build A',
      `save ${names[0]}`,
      'pause',
      'build B',
      `save ${names[1]}`,
      'pause',
      'build C',
      `save ${names[2]}`
    ]);
    // Each pack carries its own vendor's answers only, against the locked criteria.
    expect(inputs.map((i) => i.answers?.map((a) => a.explanation))).toEqual([['A の説明'], ['B の説明'], []]);
    expect(inputs.map((i) => i.vendor.company)).toEqual(bundleOf().vendors.map((v) => v.company));
    expect(new Set(inputs.map((i) => i.criteria.version))).toEqual(new Set([1]));
  });

  it('makes nothing before the criteria are locked, or without vendors', async () => {
    const unlocked = recorder();
    expect(await exportVendorPacks(bundleOf({ criteriaVersions: [] }), request, unlocked.saver)).toEqual([]);
    expect(unlocked.log).toEqual([]);
    const empty = recorder();
    expect(await exportVendorPacks(bundleOf({ vendors: [] }), request, empty.saver)).toEqual([]);
    expect(empty.log).toEqual([]);
  });

  it('gives packs the exporter makes out to each vendor, read back with that vendor’s answers', async () => {
    const bundle = bundleOf();
    const { saved, saver } = recorder();
    await exportVendorPacks(bundle, request, { ...saver, build: buildPackXlsx });
    expect(saved).toHaveLength(3);
    const requirements = bundle.criteriaVersions[0]!.requirements;
    for (const [i, vendor] of bundle.vendors.entries()) {
      const read = readPack(saved[i]!.bytes, saved[i]!.name, { requirements, vendorId: vendor.id });
      expect(read.data?.vendorName).toBe(vendor.company);
      const explained = read.data!.answers.filter((a) => a.explanation).map((a) => a.explanation);
      expect(explained).toEqual(
        bundle.responses.filter((r) => r.vendorId === vendor.id).map((r) => r.explanation)
      );
      // Another vendor's id does not read this pack.
      const other = bundle.vendors[(i + 1) % 3]!.id;
      expect(readPack(saved[i]!.bytes, saved[i]!.name, { requirements, vendorId: other }).data).toBeNull();
    }
  });
});

describe('packInput', () => {
  it('is the vendor, its answers and the latest locked version', () => {
    const base = bundleOf();
    const bundle = { ...base, procurement: { ...base.procurement, documentLanguage: 'en' as const } };
    const input = packInput(bundle, bundle.vendors[1]!, TEST_AT)!;
    expect(input).toMatchObject({
      procurementTitle: '基幹クラウド調達',
      organisation: '架空省',
      vendor: { id: 'B', company: 'evil\u202Efdp.exe' },
      criteria: { version: 1, hash: 'ab'.repeat(32) },
      locale: 'en',
      exportedAt: TEST_AT
    });
    expect(input.answers).toEqual([bundle.responses[1]]);
    // In the document language: a requirement typed without English keeps the user's words.
    expect(input.requirements.map((r) => r.title)).toEqual(
      bundle.criteriaVersions[0]!.requirements.map((r) => r.title)
    );
    expect(packInput({ ...bundle, criteriaVersions: [] }, bundle.vendors[0]!, TEST_AT)).toBeNull();
  });
});

describe('packInput in the document language', () => {
  it.each([
    ['ja', '多要素認証', '多要素認証を強制できること。'],
    ['en', 'Multi-factor authentication', 'MFA can be enforced.'],
    [undefined, '多要素認証', '多要素認証を強制できること。']
  ] as const)('a procurement in %s gives its pack in that language', (documentLanguage, title, text) => {
    const base = bundleOf();
    const version = base.criteriaVersions[0]!;
    const worded = {
      ...version.requirements[0]!,
      title: '多要素認証',
      text: '多要素認証を強制できること。',
      titleEn: 'Multi-factor authentication',
      textEn: 'MFA can be enforced.'
    };
    const bundle: ProcurementBundle = {
      ...base,
      procurement: { ...base.procurement, documentLanguage },
      criteriaVersions: [{ ...version, requirements: [worded, ...version.requirements.slice(1)] }]
    };
    const input = packInput(bundle, bundle.vendors[0]!, TEST_AT)!;
    expect(input.locale).toBe(documentLanguage ?? 'ja');
    expect(input.requirements[0]).toMatchObject({ title, text });
  });
});

describe('packExpectation: a filled pack is checked against the wording it was written in', () => {
  it.each(['ja', 'en'] as const)('a %s pack reads back with no checksum or text issue', async (language) => {
    const base = bundleOf();
    const wordEn = <T extends { title: string; text: string }>(r: T) => ({
      ...r,
      titleEn: `${r.title} (English)`,
      textEn: `Describe how you meet ${r.text.length} characters of requirement.`
    });
    const bundle: ProcurementBundle = {
      ...base,
      procurement: { ...base.procurement, documentLanguage: language },
      requirements: base.requirements.map(wordEn),
      criteriaVersions: base.criteriaVersions.map((v) => ({ ...v, requirements: v.requirements.map(wordEn) }))
    };
    const vendor = bundle.vendors[0]!;
    const bytes = await buildPackXlsx(packInput(bundle, vendor, TEST_AT)!);
    const expectation = packExpectation(bundle, vendor.id)!;
    const { issues } = readPack(bytes, 'pack.xlsx', expectation);
    expect(
      issues.filter((i) => i.code === 'checksumMismatch' || i.code === 'requirementTextChanged')
    ).toEqual([]);
    // The other wording would not match: the expectation is what makes the English pack read.
    const other = language === 'en' ? 'ja' : 'en';
    const mismatched = packExpectation(
      { ...bundle, procurement: { ...bundle.procurement, documentLanguage: other } },
      vendor.id
    )!;
    expect(readPack(bytes, 'pack.xlsx', mismatched).issues.map((i) => i.code)).toContain('checksumMismatch');
  });
});
