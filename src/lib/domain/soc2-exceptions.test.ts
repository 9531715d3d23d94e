import { describe, expect, it } from 'vitest';
import {
  exceptionReaches,
  itemExceptions,
  isCriterion,
  normaliseCriterion,
  qualificationsFor,
  qualifiedCriteria
} from './soc2-exceptions';
import type { Attestation, Opinion } from './model';
import { exception } from '$lib/testing/suggestions';

const requirement = (id: string, ...controlRefs: string[]) => ({ id, controlRefs });
const MFA = requirement('mfa', 'iso27002:9.4.2', 'tsc:CC6.1');
const CRYPTO = requirement('crypto', 'iso27002:10.1.1', 'tsc:CC6.1', 'tsc:CC6.7');
const BACKUP = requirement('backup', 'iso27002:12.3.1', 'tsc:A1.2');
const LOGS = requirement('logs', 'iso27002:12.4.1', 'tsc:CC7.2');
const NO_TSC = requirement('legal', 'iso27002:18.1.1');

describe('normaliseCriterion and isCriterion', () => {
  it.each([
    ['CC6.1', 'CC6.1', true],
    [' cc6.1 ', 'CC6.1', true],
    ['tsc:CC6.1', 'CC6.1', true],
    ['ＣＣ６．１', 'CC6.1', true],
    ['A1.2', 'A1.2', true],
    ['PI1.3', 'PI1.3', true],
    ['', '', false],
    ['CC10.1', 'CC10.1', false],
    ['MFA', 'MFA', false]
  ])('%j → %j (a criterion: %s)', (text, normal, valid) => {
    expect(normaliseCriterion(text)).toBe(normal);
    expect(isCriterion(text)).toBe(valid);
  });
});

describe('an exception reaches exactly the requirements that reference its criterion', () => {
  const all = [MFA, CRYPTO, BACKUP, LOGS, NO_TSC];
  it.each([
    ['CC6.1', [], ['mfa', 'crypto']],
    ['cc6.7', [], ['crypto']],
    ['A1.2', [], ['backup']],
    ['CC7.2', [], ['logs']],
    ['CC9.9', [], []],
    // Named by hand, for a requirement with no TSC reference (older records have only these).
    ['', ['legal'], ['legal']],
    ['CC7.2', ['legal'], ['logs', 'legal']]
  ])('criterion %j, named by hand %j → %j', (criterion, ids, expected) => {
    const x = exception(criterion, ids);
    expect(all.filter((r) => exceptionReaches(x, r)).map((r) => r.id)).toEqual(expected);
  });
});

describe('a qualified opinion qualifies what it names', () => {
  const report = (opinion: Opinion, patch: Partial<Attestation> = {}) => ({
    opinion,
    qualifiedCriteria: [],
    exceptions: [exception('CC6.1'), exception('A1.2')],
    ...patch
  });
  it.each([
    // CC6.1 reaches the encryption requirement too: it references CC6.1.
    [
      'qualified on its exceptions',
      report('qualified'),
      ['CC6.1', 'A1.2'],
      { mfa: ['CC6.1'], crypto: ['CC6.1'], backup: ['A1.2'] }
    ],
    [
      'qualified on named criteria only',
      report('qualified', { qualifiedCriteria: ['cc7.2'] }),
      ['CC7.2'],
      { logs: ['CC7.2'] }
    ],
    ['unmodified with exceptions', report('unmodified'), [], {}],
    ['adverse: voided whole elsewhere, not by criterion', report('adverse'), [], {}],
    [
      'qualified on an exception named by hand',
      report('qualified', { exceptions: [exception('', ['legal'])] }),
      [],
      { legal: [''] }
    ]
  ])('%s', (_label, a, criteria, reached: Record<string, string[]>) => {
    expect(qualifiedCriteria(a)).toEqual(criteria);
    const found = Object.fromEntries(
      [MFA, CRYPTO, BACKUP, LOGS, NO_TSC]
        .map((r) => [r.id, qualificationsFor(a, r)] as const)
        .filter(([, c]) => c.length > 0)
    );
    expect(found).toEqual(reached);
  });
});

describe('itemExceptions: what shows beside one vendor’s item', () => {
  const report = (vendorId: string, patch: Partial<Attestation> = {}) =>
    ({
      id: `a-${vendorId}`,
      vendorId,
      subcontractorId: null,
      type: 'soc2Type2',
      opinion: 'unmodified',
      qualifiedCriteria: [],
      exceptions: [exception('CC6.1', [], 'MFA'), exception('A1.2', [], 'Backup')],
      ...patch
    }) as Attestation;
  it.each([
    ['unmodified, MFA item', [report('v')], MFA, [['exception', 'CC6.1']]],
    ['unmodified, backup item', [report('v')], BACKUP, [['exception', 'A1.2']]],
    ['unmodified, logs item', [report('v')], LOGS, []],
    [
      'qualified, MFA item',
      [report('v', { opinion: 'qualified' })],
      MFA,
      [
        ['qualified', 'CC6.1'],
        ['exception', 'CC6.1']
      ]
    ],
    ['another vendor’s report', [report('w')], MFA, []]
  ])('%s', (_label, attestations, requirement, expected) => {
    expect(itemExceptions(attestations, 'v', requirement).map((x) => [x.kind, x.criterion])).toEqual(
      expected
    );
  });
});
