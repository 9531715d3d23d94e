import { describe, expect, it } from 'vitest';
import {
  draftFields,
  isTscCategory,
  type AttestationDraft,
  type DraftProblem,
  type DraftTarget
} from './attestation-draft';
import { splitLines, splitList } from './list-text';
import { type AttestationType } from './model';
import { problems, validDraft } from '$lib/testing/attestation-draft';

describe('the checks before an attestation is stored', () => {
  // Each case: a valid draft with one thing changed, and the one problem (if any) it must raise.
  it.each<[string, AttestationType, Partial<AttestationDraft>, DraftProblem | null, DraftTarget | null]>([
    [
      'period ends before it starts',
      'ismap',
      { periodStart: '2025-04-01', periodEnd: '2025-03-31' },
      'periodOrder',
      'periodEnd'
    ],
    ['period of one day', 'ismap', { periodStart: '2025-03-31', periodEnd: '2025-03-31' }, null, null],
    [
      'issued before the period ends',
      'soc2Type2',
      { issuedOn: '2025-03-30' },
      'issuedBeforePeriodEnd',
      'issuedOn'
    ],
    ['issued on the period end', 'soc2Type2', { issuedOn: '2025-03-31' }, null, null],
    [
      'expires before it is issued',
      'iso27001',
      { issuedOn: '2025-05-15', expiry: '2025-05-14' },
      'expiryBeforeIssue',
      'expiry'
    ],
    [
      'expires on the day it is issued',
      'iso27001',
      { issuedOn: '2025-05-15', expiry: '2025-05-15' },
      null,
      null
    ],
    [
      'bridge letter without its end',
      'soc2Type2',
      { bridgeCoversUntil: '' },
      'bridgeIncomplete',
      'bridgeLetter'
    ],
    [
      'bridge letter without its date',
      'soc2Type2',
      { bridgeIssuedOn: '' },
      'bridgeIncomplete',
      'bridgeLetter'
    ],
    ['no bridge letter', 'soc2Type2', { bridgeIssuedOn: '', bridgeCoversUntil: '' }, null, null],
    [
      'bridge letter ending on the period end',
      'soc2Type2',
      { bridgeCoversUntil: '2025-03-31' },
      'bridgeBeforePeriodEnd',
      'bridgeLetter'
    ],
    [
      'bridge letter ending before the period end',
      'soc2Type2',
      { bridgeCoversUntil: '2025-01-31' },
      'bridgeBeforePeriodEnd',
      'bridgeLetter'
    ],
    ['bridge letter ending the day after', 'soc2Type2', { bridgeCoversUntil: '2025-04-01' }, null, null],
    ['half a bridge letter on a type without one', 'soc2Type1', { bridgeCoversUntil: '' }, null, null],
    [
      'exception linked to requirements but undescribed',
      'soc2Type2',
      {
        exceptions: [
          { criterion: '', description: ' ', testResult: '', managementResponse: '', requirementIds: ['r1'] }
        ]
      },
      'exceptionWithoutDescription',
      'exceptions'
    ],
    [
      'exception on something that is not a Trust Services criterion',
      'soc2Type2',
      {
        exceptions: [
          { criterion: 'MFA', description: 'x', testResult: '', managementResponse: '', requirementIds: [] }
        ]
      },
      'criterionInvalid',
      'exceptions'
    ],
    [
      'exception on a criterion written loosely',
      'soc2Type2',
      {
        exceptions: [
          {
            criterion: ' cc6.1',
            description: 'x',
            testResult: '',
            managementResponse: '',
            requirementIds: []
          }
        ]
      },
      null,
      null
    ],
    [
      'qualified opinion naming something that is not a criterion',
      'soc2Type2',
      { opinion: 'qualified', qualifiedCriteria: 'CC6.1, backups' },
      'criterionInvalid',
      'qualifiedCriteria'
    ],
    [
      'criteria named for an unmodified opinion are not kept, so not checked',
      'soc2Type2',
      { opinion: 'unmodified', qualifiedCriteria: 'backups' },
      null,
      null
    ],
    [
      'exception row left empty',
      'soc2Type2',
      {
        exceptions: [
          { criterion: '', description: '', testResult: '', managementResponse: '', requirementIds: [] }
        ]
      },
      null,
      null
    ],
    [
      'verification without where',
      'ismap',
      { verificationSource: ' ' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'verification without when',
      'ismap',
      { verificationCheckedOn: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'verification without a result',
      'ismap',
      { verificationResult: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'only a verification result',
      'ismap',
      { verificationSource: '', verificationCheckedOn: '', verificationCheckedBy: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'only who checked',
      'ismap',
      { verificationSource: '', verificationCheckedOn: '', verificationResult: '' },
      'verificationIncomplete',
      'verification'
    ],
    ['verification without who (optional)', 'ismap', { verificationCheckedBy: '' }, null, null]
  ])('%s', (_, type, patch, problem, target) => {
    const result = draftFields(validDraft(type, patch));
    expect(result.issues).toEqual(problem && target ? [{ problem, target }] : []);
    expect(result.data === null).toBe(problem !== null);
  });

  it.each(['number', 'issuer', 'scopeText', 'notes'] as const)(
    'refuses a %s longer than a spreadsheet cell holds, saying how long it is',
    (target) => {
      const atLimit = draftFields(validDraft('iso27001', { [target]: 'x'.repeat(32_767) }));
      expect(atLimit.issues).toEqual([]);
      const result = draftFields(validDraft('iso27001', { [target]: 'x'.repeat(32_768) }));
      expect(result.issues).toEqual([
        { problem: 'textTooLong', target, params: { length: 32_768, max: 32_767 } }
      ]);
      expect(result.data).toBeNull();
    }
  );

  it('does not compare dates of parts the type does not record', () => {
    // ISO/IEC 27001 has no period, so a stale period end left in the draft is no problem.
    const draft = validDraft('iso27001', { periodEnd: '2030-01-01', issuedOn: '2025-05-15' });
    expect(problems(draft)).toEqual([]);
  });

  it('reports every problem at once, in the order of the form', () => {
    const draft = validDraft('soc2Type2', {
      periodStart: '',
      periodEnd: '2025-03-31',
      issuedOn: '2025-03-01',
      bridgeCoversUntil: '',
      exceptions: [
        { criterion: '', description: '', testResult: '', managementResponse: '', requirementIds: ['r1'] }
      ],
      verificationResult: ''
    });
    expect(problems(draft)).toEqual([
      { problem: 'required', target: 'periodStart' },
      { problem: 'issuedBeforePeriodEnd', target: 'issuedOn' },
      { problem: 'bridgeIncomplete', target: 'bridgeLetter' },
      { problem: 'exceptionWithoutDescription', target: 'exceptions' },
      { problem: 'verificationIncomplete', target: 'verification' }
    ]);
  });
});

describe('list and category helpers', () => {
  it.each([
    ['a, b,c', ['a', 'b', 'c']],
    ['東京、大阪，福岡', ['東京', '大阪', '福岡']],
    [' a \n\n b ', ['a', 'b']],
    ['', []]
  ])('splitList(%j)', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });

  it('splitLines keeps commas inside a line', () => {
    expect(splitLines(' a, b \n\n c ')).toEqual(['a, b', 'c']);
  });

  it.each([
    ['security', true],
    ['processingIntegrity', true],
    ['Security', false],
    ['imported', false]
  ])('isTscCategory(%j) is %s', (value, expected) => {
    expect(isTscCategory(value)).toBe(expected);
  });
});
