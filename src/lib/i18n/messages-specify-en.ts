/** English messages of the specify stage: requirements, criteria and scoring settings; same keys as `jaSpecify`. */
import type { jaSpecify } from './messages-specify';

export const enSpecify: Record<keyof typeof jaSpecify, string> = {
  'spec.requirements': 'Requirements',
  'spec.empty': 'No requirements yet.',
  'spec.colDomain': 'Domain',
  'spec.colKind': 'Kind',
  'spec.colPoints': 'Points',
  'spec.colAppliesTo': 'Applies to',
  'spec.appliesTo.csp': 'Provider',
  'spec.appliesTo.csc': 'Customer',
  'spec.appliesTo.both': 'Both',
  'spec.totals':
    'Base points (mandatory) {mandatory} · bonus points (scored) up to {scored} · technical points up to {total}',
  'criteria.versions': 'Criteria versions',
  'criteria.none': 'The criteria are not locked yet.',
  'spec.lockedNote':
    'The criteria are locked, so the requirements cannot change. To change them, give a reason under “Fix the criteria”.',
  'spec.reopenedNote':
    'The criteria are being changed (reason: {reason}). Lock them again under “Fix the criteria” when done.',
  'spec.catalogueTitle': 'Add from the standard catalogues',
  'spec.catalogueIntro':
    'Holds the numbers of ISO/IEC 27002 and 27017, the JP cloud security management standard, the ISMAP standard and SOC 2, with our own short titles and questions (no text of the standards).',
  'spec.filterCatalogue': 'Catalogue',
  'spec.allCatalogues': 'All catalogues',
  'spec.filterClause': 'Domain (clause)',
  'spec.allClauses': 'All domains',
  'spec.filterAppliesTo': 'Applies to',
  'spec.allAppliesTo': 'All',
  'spec.filterCloudOnly': 'Only items with ISO/IEC 27017 cloud controls or cloud guidance',
  'spec.filterText': 'Keywords (Japanese, English or number)',
  'spec.resultCount': '{count} {count|match|matches}',
  'spec.showMore': 'Show more ({count} left)',
  'spec.select': 'Select {code} {title}',
  'spec.cloudMark': '27017',
  'spec.addSelected': 'Add the {count} selected as requirements',
  'spec.addAs': 'Add as',
  'spec.addPoints': 'Points when added',
  'spec.added': 'Added {count} {count|requirement|requirements}.',
  'spec.presetTitle': 'Start from a preset',
  'spec.presetLabel': 'Preset',
  'spec.presetApply': 'Add the preset’s requirements',
  'spec.presetAppliedWithSettings':
    'Added {count} {count|requirement|requirements} of the preset “{name}” and changed these scoring settings: {settings}',
  'spec.presetSettings':
    'With its requirements, this preset applies these scoring settings (only before the criteria are locked).',
  'spec.presetSettingsSeparator': '; ',
  'spec.presetPoints.value': '{points} {points|point|points}',
  'spec.presetApplied': 'Added {count} {count|requirement|requirements} from the preset “{name}”.',
  'spec.presetPoints':
    '{count} {count|item|items} · base {mandatory} {mandatory|point|points} · bonus {scored} {scored|point|points}',
  'spec.presetListLabel': 'Presets and the procurements they are for',
  'spec.presetFor': 'For: {settings}',
  'spec.presetForAny': 'For: any procurement',
  'spec.presetSettingDiffers': '{setting}: {value} (this procurement: {actual})',
  'spec.presetValueDiffers': '{value} (this procurement: {actual})',
  'spec.presetRecommended': 'Recommended',
  'spec.presetOptionRecommended': '{name} (recommended)',
  'spec.presetWhy':
    'Recommended: “{name}”. This procurement’s settings ({settings}) match every setting the preset is for.',
  'spec.presetNoFit':
    'No preset matches every setting of this procurement ({settings}). The presets are listed with the fewest differences first.',
  'spec.presetConfidential': 'handles confidential information',
  'spec.presetNotConfidential': 'no confidential information',
  'spec.presetEdition': 'Unified Standards {editions}',
  'spec.presetItemSeparator': ' · ',
  'spec.customTitle': 'Add a requirement of your own',
  'spec.customAdd': 'Add requirement',
  'spec.edit': 'Edit {ref}',
  'spec.moveUp': 'Move {ref} up',
  'spec.moveDown': 'Move {ref} down',
  'spec.remove': 'Remove {ref}',
  'spec.removeTitle': 'Remove requirement',
  'spec.removeConfirm': 'Remove requirement {ref} “{title}”? Answers and grades for it are removed too.',
  'spec.duplicate.sameSource': 'Another requirement maps to the same catalogue item (control)',
  'spec.duplicate.sameTitle': 'Another requirement has the same title or near-identical text',
  'spec.field.ref': 'No.',
  'spec.english.legend': 'English wording (for the English pack and documents)',
  'spec.english.help':
    'This procurement’s documents are in English. The pack sent to vendors, the grading sheet, the charts, the scoring workbook and the decision memo use this wording. A blank field uses the wording above.',
  'spec.field.domainEn': 'Domain (English)',
  'spec.field.titleEn': 'Title (English)',
  'spec.field.textEn': 'Requirement in English (question to the vendor)',
  'spec.field.domain': 'Domain',
  'spec.field.title': 'Title',
  'spec.field.text': 'Requirement (question to the vendor)',
  'spec.field.kind': 'Kind',
  'spec.field.points': 'Points',
  'spec.field.basePoints': 'Base points',
  'spec.field.appliesTo': 'Applies to',
  'spec.field.accepted': 'Accepted evidence',
  'spec.field.controls': 'Mapped controls (comma-separated)',
  'spec.field.levelPoints': 'Points per grade level (optional)',
  'spec.field.levelPoints.help':
    "When the rule document gives each level a number of points, enter them as written (e.g. 10 · 5 · 0). The top level gives the item's points; each lower level gives no more than the one above. Left blank, a level gives its factor × the points.",
  'spec.field.levelPoints.use': 'State the points of each level',
  'spec.field.levelPoints.level': 'Points for {code} {label}',
  'spec.field.excludeAtLowest': 'Exclude a vendor graded at the lowest level (item threshold)',
  'spec.levelPoints.summary': 'Level points {points}',
  'spec.excludeAtLowest.summary': 'Excludes at the lowest level',
  'spec.save': 'Save',
  'spec.cancel': 'Cancel',
  'spec.fieldRequired': 'Enter a number, a title and the requirement; points must be greater than 0.',
  'spec.chartTitle': 'Points per domain',
  'spec.chartMandatory': 'Base points (mandatory)',
  'spec.chartScored': 'Bonus points (scored)',
  'spec.domainTotalsCaption': 'Points per domain',
  'spec.colMandatoryPoints': 'Base',
  'spec.colScoredPoints': 'Bonus',
  'spec.exportTitle': 'Export the requirement list (specification annex)',
  'spec.exportXlsx': 'Save as Excel (.xlsx)',
  'spec.exportCsv': 'Save as CSV (UTF-8 with BOM)',
  'spec.exportCsvSjis': 'Save as CSV (Shift_JIS)',
  'spec.exported': 'Saved {name}.',
  'criteria.settingsTitle': 'Scoring settings',
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
  'help.lock.title': 'Checks before the lock',
  'help.lock.intro':
    'Before the criteria are locked, a confirmation lists the following. While anything that blocks remains, the criteria cannot be locked; warnings may be accepted.',
  'help.lock.blockTitle': 'What blocks the lock',
  'help.lock.block.criteria':
    'No requirements, an empty title or text, points (基礎点 of a mandatory item, 加点 of a scored item) of 0 or less, a requirement number used twice, a rubric or scoring setting out of its range.',
  'help.lock.block.price':
    'A value the price method needs is missing: the price allocation of the addition method, the 予定価格 (with the division method and the 基準評価値 gate, since 基準評価値 = Σ 基礎点 ÷ 予定価格 × scale).',
  'help.lock.block.duplicate':
    'Possible duplicate requirements: made from the same catalogue item, or mapped to exactly the same set of controls, or with the same title or near-identical text (compared without width, case, spaces, punctuation and symbols; character-bigram similarity of 0.9 or more). Remove or merge one, or write why both stay (at least {min} characters); the reason is recorded in the lock’s audit entry.',
  'help.lock.warnTitle': 'Warnings (the lock may proceed)',
  'help.lock.warn.ratio':
    'Technical : price: the technical maximum (Σ 基礎点 + Σ 加点) against the price allocation, compared exactly (as fractions) with the ratio the procurement states (e.g. 1:1, 2:1, 3:1). The division method and no price method have no price points, so no ratio.',
  'help.lock.warn.mandatory':
    'A mandatory item holds 加点 (mandatory items are pass/fail and give their 基礎点 in full on a pass).',
  'help.lock.warn.rubric': 'Every rubric level has the same factor, or no level has the factor 1.',
  'help.lock.warn.evidence':
    'A requirement accepts no evidence (certification, report …), so no suggestion from evidence is made.',
  'criteria.reopened': 'The change has started. Edit the requirements and settings, then lock again.',
  'criteria.colVersion': 'Version',
  'criteria.colLockedAt': 'Locked at',
  'criteria.colLockedBy': 'Locked by',
  'criteria.colHash': 'Hash (SHA-256)',
  'criteria.colReason': 'Reason for change',
  'criteria.colCounts': 'Requirements · points',
  'criteria.versionCounts': '{count} · {points} {points|point|points}',
  'criteria.firstVersion': '(first version)',
  'scoring.lockedNote': 'The criteria are locked, so the scoring method cannot be changed.',
  'scoring.rubric': 'Grade levels',
  'scoring.rubric.help':
    'A factor is the share of the item’s points (0 to 1). List the levels from best to worst.',
  'scoring.rubric.code': 'Code',
  'scoring.rubric.labelJa': 'Japanese label',
  'scoring.rubric.labelEn': 'English label',
  'scoring.rubric.factor': 'Factor',
  'scoring.rubric.actions': 'Actions',
  'scoring.rubric.cellLabel': '{field} of level {number}',
  'scoring.rubric.add': 'Add a level',
  'scoring.rubric.remove': 'Remove level {number}',
  'scoring.priceMethod': 'Price evaluation method',
  'scoring.priceMethod.none': 'None (price is not scored)',
  'scoring.priceMethod.additive': 'Addition method (total points = technical points + price points)',
  'scoring.priceMethod.division': 'Division method (evaluation value = technical points ÷ bid × scale)',
  'scoring.priceFormula': 'Price points formula',
  'scoring.priceFormula.standard': 'Standard: price allocation × (1 − bid ÷ ceiling price)',
  'scoring.priceFormula.lowestRatio': 'Lowest-bid ratio: price allocation × lowest bid ÷ bid',
  'scoring.priceAllocation': 'Price allocation (points)',
  'scoring.ceilingPrice': 'Ceiling price (yen)',
  'scoring.yenHelp': 'Whole yen, or up to three decimals in thousand yen; thousands separators are optional.',
  'scoring.divisionScale': 'Division method scale S',
  'scoring.referenceValueGate':
    'Apply the reference evaluation value gate (an evaluation value below it is disqualified)',
  'scoring.lowBidThreshold': 'Low-bid investigation threshold (yen, optional)',
  'scoring.priceBasis': 'Price basis',
  'scoring.priceTaxIncluded': 'Evaluate prices including consumption tax',
  'scoring.consumptionTaxRate': 'Consumption-tax rate (%, local tax included)',
  'scoring.taxHelp':
    'An amount typed on the other tax basis is converted at this rate: excluded → included = typed × (100 + rate) ÷ 100, included → excluded = typed × 100 ÷ (100 + rate), fractions of a yen dropped in both.',
  'scoring.amountUnit': 'Unit of entry',
  'scoring.amountBasis': 'Tax basis of the amount typed',
  'scoring.amountEvaluated': 'Amount evaluated: {amount} ({basis})',
  'scoring.priceYears': 'Years the price covers',
  'scoring.passRule': 'Mandatory items',
  'scoring.passRule.majority': 'Majority (met when more than half of the evaluators judge it met)',
  'scoring.passRule.unanimous': 'Unanimous (met when every evaluator judges it met)',
  'scoring.minimumBonus': 'Minimum bonus points (optional)',
  'scoring.minimumTechnical': 'Minimum technical points (optional)',
  'scoring.minimumTechnical.help':
    'A vendor whose published (rounded) technical points are below this is excluded; exactly this many points passes.',
  'scoring.rounding': 'Rounding',
  'scoring.rounding.floor': 'Round down',
  'scoring.rounding.halfUp': 'Round half up',
  'scoring.rounding.none': 'None',
  'scoring.decimals': 'Decimal places',
  'scoring.figure.technical': 'Technical points',
  'scoring.figure.price': 'Price points',
  'scoring.figure.total': 'Total points',
  'scoring.figure.evaluationValue': 'Evaluation value',
  'scoring.figure.referenceValue': 'Reference evaluation value',
  'scoring.stability': 'Stability analysis',
  'scoring.stabilityHelp':
    'Checks whether first place changes when the points of scored items vary within ± the variation.',
  'scoring.stabilityVariation': 'Variation (%)',
  'scoring.stabilityDraws': 'Random draws',
  'scoring.stabilitySeed': 'Random seed',
  'scoring.tieBreak': 'Ties',
  'scoring.tieBreak.rule':
    'The higher technical points rank first; a remaining tie is decided by lot or similar, and the decision is recorded.',
  'scoring.save': 'Save the scoring method',
  'scoring.error.rubricSize': 'The rubric needs at least two levels.',
  'scoring.error.rubricCode': 'Give every grade level a code, and no two the same.',
  'scoring.error.rubricFactor': 'Grade level factors must be numbers from 0 to 1.',
  'scoring.error.priceAllocation': 'The price allocation must be a number greater than 0.',
  'scoring.error.ceilingPrice':
    'Enter the ceiling price as an amount of at least 1 yen (whole yen, or up to three decimals in thousand yen).',
  'scoring.error.consumptionTaxRate':
    'The consumption-tax rate must be a number from 0 to 30 (%, up to two decimals).',
  'scoring.error.divisionScale': 'The division method scale must be a number greater than 0.',
  'scoring.error.lowBidThreshold':
    'Leave the low-bid investigation threshold blank, or enter an amount of at least 1 yen below the ceiling price (as evaluated).',
  'scoring.error.minimumBonus': 'Leave the minimum bonus points blank, or enter a number of 0 or more.',
  'scoring.error.minimumTechnical':
    'Leave the minimum technical points blank, or enter a number of 0 or more.',
  'scoring.error.decimals': 'Decimal places must be whole numbers from 0 to 6.',
  'scoring.error.priceYears': 'The years the price covers must be a whole number, at least 1.',
  'scoring.error.stabilityVariation': 'The variation must be a percentage above 0 and below 100.',
  'scoring.error.stabilityDraws': 'Random draws must be a whole number from 100 to 100,000.',
  'scoring.error.stabilitySeed': 'The random seed must be a whole number.',
  'scoring.statedRatio': 'Technical : price ratio stated by the procurement',
  'scoring.statedRatio.help':
    'Enter the ratio the tender documents state; the lock compares the points with it. Leave both blank when none is stated. E.g. 1:1, 2:1, 3:1 (price : technical = 1:3 is 3:1).',
  'scoring.statedRatio.technical': 'Ratio (technical)',
  'scoring.statedRatio.price': 'Ratio (price)',
  'scoring.error.statedRatio':
    'Enter both parts of the ratio as numbers above 0 and at most 1,000,000, or leave both blank.',
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
  'scoring.roundingNote.floor': 'rounded down to {decimals} decimal places',
  'scoring.roundingNote.floorInteger': 'rounded down to a whole number',
  'scoring.roundingNote.halfUp': 'rounded half up to {decimals} decimal places',
  'scoring.roundingNote.halfUpInteger': 'rounded half up to a whole number',
  'scoring.roundingNote.none': 'not rounded',
  'scoring.outcome.meets': 'met',
  'scoring.outcome.doesNotMeet': 'not met',
  'scoring.outcome.qualified': 'qualified',
  'scoring.outcome.disqualified': 'disqualified',
  'scoring.outcome.investigate': 'investigated',
  'scoring.outcome.noInvestigation': 'not investigated',
  'scoring.priceFormula.withFloor':
    'Floor price: price allocation × [1 − (bid − floor price) ÷ (ceiling price − floor price)] (full points at or below the floor price)',
  'scoring.priceFormula.reducedSlope':
    'Reduced slope below a threshold: above the threshold the standard formula; at or below it price allocation × [(1 − threshold ÷ ceiling price) + factor r × (threshold − bid) ÷ ceiling price]',
  'scoring.floorPrice': 'Floor price F (yen)',
  'scoring.slopeThreshold': 'Threshold T (yen, e.g. the low-bid investigation threshold)',
  'scoring.slopeThresholdHelp':
    'The amount the award rules state. Enter it here even when it equals the low-bid investigation threshold (which bids are investigated is set in that field).',
  'scoring.slopeFactor': 'Slope factor r at or below the threshold (0 to 1)',
  'scoring.ceilingOptional':
    'This method does not use the ceiling price in any formula, so it is optional. If entered, a bid above it is over the ceiling.',
  'scoring.rounding.common': 'Common rounding',
  'scoring.rounding.perFigure': 'Rounding per figure',
  'scoring.rounding.perFigureHelp':
    'When the evaluation procedure rounds figures differently, choose each figure’s rounding. “Common” follows the common rounding above.',
  'scoring.rounding.inherit': 'Common ({mode})',
  'scoring.rounding.modeOf': 'Rounding of {figure}',
  'scoring.rounding.decimalsOf': 'Decimal places of {figure}',
  'scoring.figure.itemMean': 'Scored item score (mean)',
  'scoring.error.floorPrice':
    'The floor price must be a whole number of yen, at least 1 and below the ceiling price.',
  'scoring.error.floorPriceMissing': 'The floor-price formula needs a floor price.',
  'scoring.error.slopeThreshold':
    'The threshold must be a whole number of yen, at least 1 and below the ceiling price.',
  'scoring.error.slopeThresholdMissing': 'The reduced-slope formula needs a threshold.',
  'scoring.error.slopeFactor': 'The slope factor must be a number from 0 to 1.',
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
    'Without a floor price or threshold, 50 % and 85 % of the ceiling price are used.',
  'help.settings.title': 'Scoring settings and their formulas',
  'help.settings.intro':
    'Every setting fixed when the criteria are locked; each is covered by the criteria hash. Symbols: b bid, C ceiling price, P price allocation, min lowest bid, S scale, F floor price, T threshold, r factor.',
  'help.colSetting': 'Setting',
  'help.colRule': 'Formula or meaning',
  'help.colSource': 'Kind of rule document',
  'help.source.guideline':
    'Standard guideline for the comprehensive evaluation method; Budget, Settlement and Accounting Order',
  'help.source.procedure': 'Evaluation procedure (評価手順書)',
  'help.source.awardRules': 'Award rules (落札者決定基準; forms seen in published ones)',
  'help.source.tender': 'Tender instructions or specification',
  'help.source.app': 'This tool’s analysis (not from a rule document)',
  'help.setting.rubric':
    'Grade levels: a scored item’s score = points × the mean of the evaluators’ level factors (or the agreed factor). Default A 1.00, B 0.75, C 0.50, D 0.25, E 0.00.',
  'help.setting.priceMethod':
    'Price method: none; addition (total = technical + price points); division (evaluation value = technical ÷ b × S).',
  'help.setting.priceFormula':
    'Price formula (addition): standard P × (1 − b ÷ C); lowest-bid ratio P × min ÷ b; floor price; reduced slope below a threshold.',
  'help.setting.priceAllocation': 'Price allocation P: the most price points (addition method).',
  'help.setting.ceilingPrice':
    'Ceiling price C (yen): a bid above it is over the ceiling. Required only when a formula or the reference-value gate uses it.',
  'help.setting.divisionScale': 'Scale S (division): evaluation value = technical ÷ b × S. Default 10^8.',
  'help.setting.referenceValueGate':
    'Reference-value gate (division): reference value = Σ base points ÷ C × S; a vendor below it is disqualified.',
  'help.setting.lowBidThreshold':
    'Low-bid investigation threshold (yen): a bid below it (not equal) is investigated; the outcome decides whether it stays valid.',
  'help.setting.floorPrice':
    'Floor price F (yen, floor-price formula): price points = P × [1 − (b − F) ÷ (C − F)], and P when b ≤ F. F < C.',
  'help.setting.slopeThreshold':
    'Threshold T (yen, reduced slope): b > T gives P × (1 − b ÷ C); b ≤ T gives P × [(1 − T ÷ C) + r × (T − b) ÷ C]. T < C.',
  'help.setting.slopeFactor':
    'Factor r (reduced slope, 0 to 1): how fast price points grow at or below T. 0.5 in the published rule seen.',
  'help.setting.passRule':
    'Mandatory pass rule: majority (more than half of the evaluators) or unanimous; a committee verdict overrides.',
  'help.setting.minimumBonus': 'Minimum bonus points: a vendor below it is disqualified.',
  'help.setting.rounding.mode':
    'Common rounding: round down, round half up or none; applies to every figure without its own.',
  'help.setting.rounding.technicalDecimals':
    'Decimal places of technical points (default 2): base + bonus points, rounded.',
  'help.setting.rounding.technicalMode': 'Rounding of technical points (unset: the common rounding).',
  'help.setting.rounding.priceDecimals': 'Decimal places of price points (default 2).',
  'help.setting.rounding.priceMode':
    'Rounding of price points (unset: the common rounding), e.g. down to a whole number.',
  'help.setting.rounding.totalDecimals':
    'Decimal places of total points (default 2): rounded technical + rounded price points.',
  'help.setting.rounding.totalMode': 'Rounding of total points (unset: the common rounding).',
  'help.setting.rounding.evaluationValueDecimals':
    'Decimal places of the evaluation value (default 4): rounded technical ÷ b × S.',
  'help.setting.rounding.evaluationValueMode':
    'Rounding of the evaluation value (unset: the common rounding).',
  'help.setting.rounding.referenceValueDecimals':
    'Decimal places of the reference evaluation value (default 4).',
  'help.setting.rounding.referenceValueMode':
    'Rounding of the reference evaluation value (unset: the common rounding).',
  'help.setting.rounding.itemMeanMode':
    'Rounding of a scored item’s score (mean): points × mean factor is rounded before it is summed into technical points. Default none.',
  'help.setting.rounding.itemMeanDecimals': 'Decimal places of a scored item’s score (mean).',
  'help.setting.priceTaxIncluded': 'Price basis: tax included or not (recorded).',
  'help.setting.ceilingPriceTyped':
    'Ceiling price as typed (recorded): in yen or thousand yen, tax included or excluded. Scoring uses the amount converted to the evaluation basis.',
  'help.setting.lowBidThresholdTyped':
    'Low-bid investigation threshold as typed (recorded): unit and tax basis; converted to the evaluation basis.',
  'help.setting.minimumTechnical':
    'Minimum technical points: a vendor whose published (rounded) technical points are below it is excluded; exactly at it is not.',
  'help.setting.consumptionTaxRate':
    'Consumption-tax rate: converts an amount typed excluding tax to including tax (or back). Excluded → included = amount × (100 + rate) ÷ 100, rounded down to the yen.',
  'help.setting.statedRatio':
    'Technical : price ratio the procurement states: the check before the lock warns when the points give a different ratio.',
  'help.setting.priceYears': 'Years the bid covers (recorded).',
  'help.setting.stabilityVariation':
    'Stability variation X: scored items’ points × (1 ± X), to see whether first place changes.',
  'help.setting.stabilityDraws':
    'Stability draws N: draws with every scored item’s points × a uniform factor in [1 − X, 1 + X].',
  'help.setting.stabilitySeed': 'Stability seed: the same seed gives the same draws.',
  'help.setting.weightConversion':
    'Conversion from weights (when stated): the weights (%) and technical maximum, and the whole points the largest remainder rule gave.'
};
