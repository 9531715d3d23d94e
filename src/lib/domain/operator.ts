/**
 * The operator: the person at this browser (氏名・所属), recorded as the actor of every audit entry.
 * Some acts bind the procurement and are refused until a name is set (`requiresOperator`); the
 * label stored in the audit trail is built here only, so the memo and the workbook show one form.
 */
export interface Operator {
  name: string;
  affiliation: string;
}

export const OPERATOR_BOUNDS = { nameMax: 100, affiliationMax: 100 } as const;

/** What is wrong with an operator as typed; the settings form shows it by the field. */
export interface OperatorIssue {
  code: 'nameMissing' | 'nameTooLong' | 'affiliationTooLong';
  field: 'name' | 'affiliation';
  max?: number;
}

/**
 * Audit actions that bind the procurement: the criteria lock, consensus, technical close, price
 * opening (bids, low-bid outcome, tie resolution) and sheet returns (a sheet returned by the chair,
 * a grades file exported or imported), and the chair's reset of a passphrase. They are refused
 * until the operator has a name.
 */
export const NAMED_ACTIONS = [
  'criteria.lock',
  'consensus.put',
  'evaluation.lockTechnical',
  'vendor.bid',
  'vendor.lowBidInvestigation',
  'procurement.tieResolution',
  'evaluation.return',
  'evaluatorPackage.exportGrades',
  'evaluatorPackage.importGrades',
  'evaluator.passphraseReset',
  'evaluator.passphraseSelfReset'
] as const;
export type NamedAction = (typeof NAMED_ACTIONS)[number];

/** Whether `action` may be taken by this operator (anything may, once a name is set). */
export function allowedWithout(action: string, operator: Operator | null): boolean {
  if (operator && operator.name.trim() !== '') return true;
  return !(NAMED_ACTIONS as readonly string[]).includes(action);
}

/** The operator as typed, trimmed and checked; `data` is null when it cannot be used. */
export function checkOperator(input: { name: string; affiliation: string }): {
  data: Operator | null;
  issues: OperatorIssue[];
} {
  const name = input.name.normalize('NFC').trim();
  const affiliation = input.affiliation.normalize('NFC').trim();
  const issues: OperatorIssue[] = [];
  if (name === '') issues.push({ code: 'nameMissing', field: 'name' });
  if (name.length > OPERATOR_BOUNDS.nameMax)
    issues.push({ code: 'nameTooLong', field: 'name', max: OPERATOR_BOUNDS.nameMax });
  if (affiliation.length > OPERATOR_BOUNDS.affiliationMax)
    issues.push({ code: 'affiliationTooLong', field: 'affiliation', max: OPERATOR_BOUNDS.affiliationMax });
  return { data: issues.length ? null : { name, affiliation }, issues };
}

/** Both fields equal (a save that changes nothing is not audited). */
export function sameOperator(a: Operator | null, b: Operator | null): boolean {
  return (a?.name ?? '') === (b?.name ?? '') && (a?.affiliation ?? '') === (b?.affiliation ?? '');
}

/**
 * The actor as the audit trail stores it: 「山田 太郎（情報システム課）」, or "Taro Yamada (IT)" in
 * English; the name alone when no affiliation is given.
 */
export function operatorLabel(operator: Operator, style: 'ja' | 'en'): string {
  if (operator.affiliation === '') return operator.name;
  return style === 'ja'
    ? `${operator.name}（${operator.affiliation}）`
    : `${operator.name} (${operator.affiliation})`;
}
