/** English messages of locking and reopening the criteria and of the worked example; same keys as `jaCriteria`. */
import type { jaCriteria } from './messages-criteria';

export const enCriteria: Record<keyof typeof jaCriteria, string> = {
  'criteria.versions': 'Criteria versions',
  'criteria.none': 'The criteria are not locked yet.',
  'criteria.lockTitle': 'Lock the criteria',
  'criteria.lockIntro':
    'Before any vendor answer is opened, lock the requirements, points, rubric, price formula, rounding and tie-break. Locking records a SHA-256 hash; any later change needs a written reason.',
  'criteria.state': 'State',
  'criteria.state.draft': 'Not locked',
  'criteria.state.locked': 'Locked (version {version})',
  'criteria.state.reopened': 'Being changed (reason: {reason})',
  'criteria.lock': 'Lock the criteria',
  'criteria.relock': 'Lock the change (version {version})',
  'criteria.locked': 'The criteria are locked (version {version}).',
  'criteria.lockRefused': 'Cannot lock yet. Fix the following.',
  'criteria.hash': 'Hash (SHA-256)',
  'criteria.reopenTitle': 'Changing locked criteria',
  'criteria.reopenIntro':
    'To change locked criteria, give a reason. The reason and every version’s hash stay on record.',
  'criteria.reason': 'Reason for the change',
  'criteria.reopen': 'Record the reason and start the change',
  'criteria.reasonRequired': 'Write a reason of at least {min} characters.',
  'criteria.lockChecksHelp': 'What is checked before the lock, and what blocks it or only warns',
  'lock.dialogTitle': 'Checks before locking the criteria',
  'lock.dialogIntro':
    'Locking fixes the requirements, points and scoring method; any later change needs a written reason. Check the following.',
  'lock.summaryTitle': 'Points',
  'lock.summary.technical':
    'Technical maximum: {total} (基礎点 {mandatory} of {mandatoryCount} mandatory {mandatoryCount|item|items} + 加点 {scored} of {scoredCount} scored {scoredCount|item|items})',
  'lock.summary.mandatoryNote': 'Every vendor that passes the mandatory items gets their 基礎点 in full.',
  'lock.summary.price': 'Price allocation: {price}',
  'lock.summary.ratio': 'Technical : price = {ratio}',
  'lock.summary.noRatio.division':
    'No technical : price ratio (the division method uses no price points: evaluation value = technical ÷ bid × scale).',
  'lock.summary.noRatio.none': 'No technical : price ratio (price is not evaluated).',
  'lock.summary.stated': 'Ratio stated by the procurement (technical : price): {stated}',
  'lock.summary.notStated': 'Ratio stated by the procurement: none (set it in the scoring settings)',
  'lock.blockTitle': 'What stops the lock (fix these)',
  'lock.duplicatesTitle': 'Possible duplicate requirements',
  'lock.duplicatesIntro':
    'Remove or merge one of them in the specification, or write why both stay (at least {min} characters). The reason is recorded in the audit log.',
  'lock.duplicate.sameControl':
    '{first} and {second} map to the same catalogue item or controls ({control}).',
  'lock.duplicate.similarText':
    '{first} and {second} have the same title or near-identical text ({similarity}% alike).',
  'lock.duplicate.reason': 'Why both {first} and {second} stay',
  'lock.duplicate.resolve': 'Review {first} and {second} in the specification',
  'lock.duplicate.reasonRequired': 'Write why both stay, in at least {min} characters.',
  'lock.duplicate.kept': 'Both stay, with the reason recorded.',
  'lock.warnTitle': 'Warnings (the lock may proceed)',
  'lock.warn.ratioMismatch':
    'Technical : price differs from the ratio the procurement states, {stated} (= {statedPerPrice}:1): the criteria give {technical}:{price} (= {perPrice}:1).',
  'lock.warn.ratioNotApplicable':
    'A ratio of {stated} is stated, but this price method has no price points to compare it with.',
  'lock.warn.mandatoryBonus':
    '{count} mandatory {count|item holds|items hold} 加点 (total {points}). Mandatory items are pass/fail and give only their 基礎点: {refs}',
  'lock.warn.rubricNoSpread':
    'Every rubric level has the factor {factor}: scored items cannot separate the vendors.',
  'lock.warn.rubricNoFullLevel':
    'No rubric level has the factor 1 (highest {factor}): no scored item can reach its maximum 加点, nor any vendor the technical maximum.',
  'lock.warn.noEvidence':
    '{count} {count|requirement accepts|requirements accept} no evidence (certification, report …): {refs}',
  // Between requirement numbers in a warning.
  'lock.refsJoin': ', ',
  'lock.refsMore': '{refs} and {count} more',
  'lock.none': 'Nothing to check.',
  'lock.confirm': 'Lock these criteria',
  'lock.confirmBlocked': 'The lock is possible once nothing under “What stops the lock” remains.',
  'criteria.reopened': 'The change has started. Edit the requirements and settings, then lock again.',
  'criteria.colVersion': 'Version',
  'criteria.colLockedAt': 'Locked at',
  'criteria.colLockedBy': 'Locked by',
  'criteria.colHash': 'Hash (SHA-256)',
  'criteria.colReason': 'Reason for change',
  'criteria.colCounts': 'Requirements · points',
  'criteria.versionCounts': '{count} · {points} {points|point|points}',
  'criteria.firstVersion': '(first version)',
  'scoring.preview.title': 'Formulas and worked example',
  'scoring.preview.intro':
    'Worked with the settings as entered, on the example of the evaluation procedure (two mandatory items of 10 base points, scored items of 30, 20 and 10 points, three evaluators). Without a ceiling price, ¥10,000,000 is used; the bid is 80 % of it and the lowest bid 70 %.',
  'scoring.formula.itemScore': 'Scored item = points × mean of the evaluators’ grade factors',
  'scoring.formula.technical':
    'Technical points = sum of the base points of mandatory items + sum of the scored-item points (bonus)',
  'scoring.formula.pricePointsStandard': 'Price points = price allocation × (1 − bid ÷ ceiling price)',
  'scoring.formula.pricePointsLowestRatio': 'Price points = price allocation × lowest bid ÷ bid',
  'scoring.formula.total': 'Total points = technical points + price points (each after rounding)',
  'scoring.formula.evaluationValue': 'Evaluation value = technical points ÷ bid × scale',
  'scoring.formula.referenceValue':
    'Reference evaluation value = sum of the base points of mandatory items ÷ ceiling price × scale',
  'scoring.formula.referenceGate':
    'The evaluation value must be at least the reference evaluation value (below it: disqualified)',
  'scoring.formula.passRuleMajority':
    'A mandatory item is met when more than half of the evaluators judge it met',
  'scoring.formula.passRuleUnanimous': 'A mandatory item is met when every evaluator judges it met',
  'scoring.formula.minimumBonus': 'The bonus total must reach the minimum (below it: disqualified)',
  'scoring.formula.minimumTechnical':
    'The published (rounded) technical points must reach the minimum (below it: excluded; exactly at it: not)',
  'scoring.formula.lowBid':
    'A bid below the low-bid investigation threshold (not equal to it) is investigated; the outcome decides whether it stays valid',
  'scoring.example.itemScore': '{points} × mean({factors}) = {points} × {mean} = {result} points',
  'scoring.example.technical': 'Technical points = {base} + {bonus} = {raw} → {result} ({rounding})',
  'scoring.example.pricePointsStandard':
    'Price points = {allocation} × (1 − ¥{bid} ÷ ¥{ceiling}) = {result} ({rounding})',
  'scoring.example.pricePointsLowestRatio':
    'Price points = {allocation} × ¥{lowest} ÷ ¥{bid} = {result} ({rounding})',
  'scoring.example.total': 'Total points = {technical} + {price} = {result} ({rounding})',
  'scoring.example.evaluationValue':
    'Evaluation value = {technical} ÷ ¥{bid} × {scale} = {result} ({rounding})',
  'scoring.example.referenceValue':
    'Reference evaluation value = {base} ÷ ¥{ceiling} × {scale} = {result} ({rounding})',
  'scoring.example.referenceGate':
    'Evaluation value {value} {comparison} reference evaluation value {reference} → {outcome}',
  'scoring.example.passRule':
    '{passes} of {evaluators} evaluators judge it met → {outcome} (needs {required})',
  'scoring.example.minimumBonus': 'Bonus total {bonus} {comparison} minimum {minimum} → {outcome}',
  'scoring.example.minimumTechnical':
    'Technical points {technical} {comparison} minimum {minimum} → {outcome}',
  'scoring.example.lowBid': 'Bid ¥{bid} {comparison} threshold ¥{threshold} → {outcome}',
  'scoring.outcome.meets': 'met',
  'scoring.outcome.doesNotMeet': 'not met',
  'scoring.outcome.qualified': 'qualified',
  'scoring.outcome.disqualified': 'disqualified',
  'scoring.outcome.investigate': 'investigated',
  'scoring.outcome.noInvestigation': 'not investigated',
  'scoring.formula.pricePointsWithFloor':
    'Price points = price allocation × [1 − (bid − floor price) ÷ (ceiling price − floor price)] (the full allocation when the bid is at or below the floor price)',
  'scoring.formula.pricePointsAtFloor': 'A bid at or below the floor price: price points = price allocation',
  'scoring.formula.pricePointsReducedSlope':
    'A bid above the threshold: price points = price allocation × (1 − bid ÷ ceiling price). At or below it: price points = price allocation × [(1 − threshold ÷ ceiling price) + factor r × (threshold − bid) ÷ ceiling price]',
  'scoring.example.itemScoreRounded':
    '{points} × mean({factors}) = {points} × {mean} = {raw} → {result} points ({rounding})',
  'scoring.example.pricePointsWithFloor':
    'Price points = {allocation} × [1 − (¥{bid} − ¥{floor}) ÷ (¥{ceiling} − ¥{floor})] = {result} ({rounding})',
  'scoring.example.pricePointsAtFloor':
    'Bid ¥{bid} ≤ floor price ¥{floor} → price points = {allocation} = {result} ({rounding})',
  'scoring.example.pricePointsReducedSlope':
    'Bid ¥{bid} ≤ threshold ¥{threshold} → price points = {allocation} × [(1 − ¥{threshold} ÷ ¥{ceiling}) + {factor} × (¥{threshold} − ¥{bid}) ÷ ¥{ceiling}] = {result} ({rounding})',
  'scoring.example.pricePointsReducedSlopeAbove':
    'Bid ¥{bid} > threshold ¥{threshold} → price points = {allocation} × (1 − ¥{bid} ÷ ¥{ceiling}) = {result} ({rounding})',
  'scoring.preview.roundingTitle': 'Rounding',
  'scoring.preview.roundingRule': '{figure}: {rounding}',
  'scoring.preview.parameters':
    'Without a floor price or threshold, 50 % and 85 % of the ceiling price are used.'
};
