import { describe, expect, it } from 'vitest';
import {
  buildGradesFile,
  buildPackageData,
  openedBundle,
  type PackageProblemCode
} from '$lib/domain/evaluator-package';
import {
  GRADES_MAX_BYTES,
  PACKAGE_MAX_BYTES,
  parseGradesText,
  parsePackageText
} from '$lib/domain/evaluator-package-file';
import { BLOB, chairBundle, grade, KEY, T1 } from '$lib/testing/evaluator-package';
import {
  gradesEnvelope,
  gradesFileName,
  gradesFileText,
  type packageEnvelope,
  packageFileName,
  packageFileText
} from './evaluator-package';

const META = { appVersion: '0.1.0', exportedAt: '2026-02-01T00:00:00.000Z' };
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
const data = () => buildPackageData(chairBundle(), { packageId: 'pkg1', key: KEY, evaluatorId: 'e3' });

function signed() {
  const opened = openedBundle(data(), T1);
  return buildGradesFile({
    procurement: opened.procurement,
    evaluators: opened.evaluators,
    grades: [grade('e3', 'v1', 'r1', { verdict: 'pass' }), grade('e3', 'v1', 'r2', { level: 'A' })]
  });
}

describe('package files', () => {
  it('round-trips through the JSON text, evidence bytes included', () => {
    const original = data();
    const text = packageFileText(original, META);
    const envelope = JSON.parse(text) as ReturnType<typeof packageEnvelope>;
    expect(envelope).toMatchObject({ type: 'sentei.evaluatorPackage', schemaVersion: 1, ...META });
    expect(typeof envelope.data.bundle.evidenceBlobs[0]!.data).toBe('string');

    const read = parsePackageText(text, bytes(text));
    expect(read.problems).toEqual([]);
    const { evidenceBlobs, ...rest } = read.data!.data.bundle;
    const { evidenceBlobs: originalBlobs, ...originalRest } = original.bundle;
    expect(rest).toEqual(originalRest);
    expect(evidenceBlobs.map((b) => new Uint8Array(b.data))).toEqual([BLOB]);
    expect(originalBlobs).toHaveLength(1);
    expect(read.data).toMatchObject({ ...META, data: { packageId: 'pkg1', key: KEY, evaluatorId: 'e3' } });
  });

  it.each<[string, (text: string) => string, number | null, PackageProblemCode]>([
    ['too large', (t) => t, PACKAGE_MAX_BYTES + 1, 'fileTooLarge'],
    ['empty', () => '  ', null, 'fileEmpty'],
    ['not JSON', () => '評価者パッケージ', null, 'notJson'],
    [
      'a backup file',
      () => JSON.stringify({ type: 'sentei-backup', schemaVersion: 1 }),
      null,
      'wrongFileType'
    ],
    ['a grades file', () => gradesFileText(signed(), META), null, 'wrongFileType'],
    ['a JSON array', () => '[]', null, 'wrongFileType'],
    ['a newer format', (t) => t.replace('"schemaVersion":1', '"schemaVersion":2'), null, 'futureVersion'],
    [
      'a version that is not a number',
      (t) => t.replace('"schemaVersion":1', '"schemaVersion":"1"'),
      null,
      'badShape'
    ],
    ['an unknown key', (t) => t.replace('"packageId"', '"extra":1,"packageId"'), null, 'badShape'],
    ['a __proto__ key', (t) => t.replace('"packageId"', '"__proto__":{},"packageId"'), null, 'badShape'],
    [
      'a grade of an unknown vendor',
      (t) =>
        t.replace(
          '"vendorId":"v1","requirementId":"r2","verdict"',
          '"vendorId":"v9","requirementId":"r2","verdict"'
        ),
      null,
      'badShape'
    ],
    [
      'evidence that is not base64',
      (t) => t.replace(/("evidenceBlobs":\[\{"id":"f1","procurementId":"p1","data":")[^"]+/, '$1!!'),
      null,
      'badShape'
    ]
  ])('refuses %s', (_name, edit, size, code) => {
    const original = packageFileText(data(), META);
    const text = edit(original);
    if (size === null) expect(text === original && code !== 'fileTooLarge').toBe(false);
    const read = parsePackageText(text, size ?? bytes(text));
    expect(read.data).toBeNull();
    expect(read.problems.map((p) => p.code)).toEqual([code]);
    expect(read.issues.length > 0).toBe(code === 'badShape');
  });

  it('accepts a byte order mark', () => {
    const text = `\uFEFF${packageFileText(data(), META)}`;
    expect(parsePackageText(text, bytes(text)).problems).toEqual([]);
  });
});

describe('grades files', () => {
  it('round-trips through the JSON text with its MAC', () => {
    const file = signed();
    const text = gradesFileText(file, META);
    expect(JSON.parse(text)).toEqual(gradesEnvelope(file, META));
    const read = parseGradesText(text, bytes(text));
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual({ type: 'sentei.evaluatorGrades', schemaVersion: 1, ...META, ...file });
  });

  it.each<[string, (text: string) => string, number | null, PackageProblemCode]>([
    ['too large', (t) => t, GRADES_MAX_BYTES + 1, 'fileTooLarge'],
    ['a package file', () => packageFileText(data(), META), null, 'wrongFileType'],
    ['a newer format', (t) => t.replace('"schemaVersion": 1', '"schemaVersion": 3'), null, 'futureVersion'],
    ['a MAC that is not hex', (t) => t.replace(/"mac": "[0-9a-f]+"/, '"mac": "xyz"'), null, 'badShape'],
    [
      'a verdict that is not pass or fail',
      (t) => t.replace('"verdict": "pass"', '"verdict": "maybe"'),
      null,
      'badShape'
    ],
    ['a missing field', (t) => t.replace(/"evaluatorName": "[^"]*",/, ''), null, 'badShape']
  ])('refuses %s', (_name, edit, size, code) => {
    const original = gradesFileText(signed(), META);
    const text = edit(original);
    if (size === null) expect(text).not.toBe(original);
    const read = parseGradesText(text, size ?? bytes(text));
    expect(read.data).toBeNull();
    expect(read.problems.map((p) => p.code)).toEqual([code]);
  });
});

describe('file names', () => {
  it.each([
    [packageFileName, '文書管理SaaS', '山田 太郎', '評価者パッケージ_文書管理SaaS_山田 太郎.json'],
    [gradesFileName, '文書管理SaaS', '山田 太郎', '採点ファイル_文書管理SaaS_山田 太郎.json'],
    [packageFileName, 'A/B:調達?', '委員<1>', '評価者パッケージ_A_B_調達__委員_1_.json'],
    [gradesFileName, '  ', '', '採点ファイル_sentei_sentei.json']
  ])('%o(%j, %j) is %j', (name, title, evaluator, expected) => {
    expect(name(title, evaluator)).toBe(expected);
  });
});
