/** English messages of the help page; same keys as `jaHelp`. */
import type { jaHelp } from './messages-help';

export const enHelp: Record<keyof typeof jaHelp, string> = {
  'help.suggest.title': 'Suggestions from evidence',
  'help.suggest.advice':
    'A suggestion helps the evaluator grade; it is never entered as a grade by itself, and it shows its reasons.',
  'help.suggest.cap':
    'A registration or certification (ISMAP, SOC 2, CS Gold Mark, ISO/IEC 27001 …) shows that a control is in place, not that it is excellent. With valid evidence of an accepted type, a mandatory item is suggested as meeting it, and a scored item the middle level of the rubric at most (C on the default five levels), however high the assurance. A higher level is the evaluator’s judgement of the answer.',
  'help.suggest.middle':
    'The middle level: the middle one of the levels ordered by factor, highest first. With an even number of levels, the lower of the two in the middle (the third of 4; the lower of 2).',
  'help.suggest.lower':
    'A partial or missing answer, and an exception reported against the item, each lower the suggestion by one level. Without valid evidence, the answer alone is suggested up to the middle level.',
  'help.suggest.subcontractors':
    'The subcontractor requirement: every critical subcontractor without valid assurance (its own evidence, or the vendor’s report including it by the inclusive method) is named, and any one of them makes the suggestion low (a mandatory item: does not meet).',
  'help.preset.title': 'Presets',
  'help.preset.choice':
    'Each preset states the procurements it is for (buyer, service model, confidential information, Unified Standards edition). The preset that matches every setting of the procurement is listed first and recommended; the others follow with the fewest differences first, each difference named.',
  'help.terms.title': 'Terms',
  'help.terms.methods':
    'Subservice organisations: inclusive method (一体方式; their controls are tested within the vendor’s report) and carve-out method (除外方式; outside the report, so their own report or certificate is needed), as JICPA’s guidelines name them.',
  'help.terms.marks':
    'The CS marks of JASA’s cloud information security audit: CS Gold Mark (with an external auditor’s review) and CS Silver Mark (self-audit).',
  'help.intro':
    'This page explains what each setting of the evaluation criteria means and the formula that computes it. Every setting is part of the criteria hash when the criteria are locked.',
  'help.levels.title': 'Points per grade level, and thresholds that exclude',
  'help.levels.source':
    'Award criteria (落札者決定基準) and evaluation procedures (評価手順書) often give each level of an item a number of points (e.g. Excellent 10, Good 5, Adequate 0), or exclude a bidder whose technical points, or whose grade on an item, fall short. These can be set here as the documents write them.',
  'help.levels.points.term': 'Points per level (the procedure’s points table)',
  'help.levels.points.def':
    'For a scored item, enter each grade level’s points as written. The top level gives the item’s points, each lower level no more than the level above, each from 0 to the item’s points, and every level of the rubric is given, in its order.',
  'help.levels.points.formula':
    'Item score = mean of the points of the levels the evaluators gave (or the points of the level the committee agreed). Example: Excellent, Good, Good → (10 + 5 + 5) ÷ 3 = 6.6666…. A level’s factor is its points ÷ the item’s points, but no factor is rounded: the points are computed as exact fractions and rounded once, in the technical points.',
  'help.levels.technical.term': 'Minimum technical points (award criteria)',
  'help.levels.technical.def':
    'A bidder whose published (rounded) technical points are below the minimum is excluded; exactly the minimum passes. Example: with a minimum of 350, 349.99 is excluded and 350.00 is not.',
  'help.levels.bonus.term': 'Minimum bonus points (award criteria)',
  'help.levels.bonus.def': 'A bidder whose bonus total (before rounding) is below the minimum is excluded.',
  'help.levels.item.term': 'Item threshold (evaluation procedure)',
  'help.levels.item.def':
    'On a scored item marked “exclude a vendor graded at the lowest level”, a bidder whose item score equals the item’s lowest level points (every evaluator gave a level worth the least, or the committee agreed on it) is excluded. One higher grade lifts the mean above the lowest, so the bidder stays.',
  'help.levels.reasons':
    'Each excluded bidder carries its reason (e.g. technical points below the minimum (350); item R-012 graded at the lowest level) on the ranking, in the explanation of a figure, in the decision memo, in the ranking CSV and on the scoring workbook’s overall sheet. In the workbook the points per level are looked up by the tally’s formulas from the criteria sheet, and the minimum technical points and item thresholds are recomputed by the formula in the overall sheet’s result column.',
  'help.levels.hash':
    'These settings are part of the criteria hash. Criteria that do not use them, including criteria locked before they existed, keep the same hash.',
  'help.vendorInput.title': 'Dates and answer words vendors write',
  'help.vendorInput.dates':
    'Dates in a filled questionnaire are read in the Japanese era (令和8年3月31日, R8.3.31), with the year first (2026/3/31, 2026-03-31), as ISO 8601 with a time (2026-03-31T00:00:00Z: the date as written) and with English month names (31 Mar 2026, March 31, 2026, 31-Mar-26). An Excel date cell is read as its date whatever its display format, in workbooks using the 1904 date system too.',
  'help.vendorInput.order':
    'A numeric date without the year first, such as 03/31/2026, follows the procurement setting “Numeric dates from vendors”. By default it follows the document language: month/day/year in English; in Japanese it is not read and is reported at its cell (03/04/2026 could be 4 March or 3 April, and Sentei does not guess). Month/day/year or day/month/year can be chosen instead. Two-digit years follow Excel: 00–29 are the 2000s, 30–99 the 1900s.',
  'help.vendorInput.impossible':
    'An impossible date (02/30/2026, or 13/01/2026 read month first) is reported with its sheet, row and column, and that date is not stored.',
  'help.vendorInput.words':
    'Answers may be written as the app’s own labels or in English — Yes / Y, Partially / Partial, No / N — in any case, width or spacing. N/A, Not applicable and 該当なし are not answers, since every requirement applies to every vendor: they are reported at their cells.',
  'help.vendorInput.counts':
    'The counts in the import preview come from the rows that will be stored. A row whose answer is blank or matches no answer, for a requirement without a stored answer, is counted “without an answer (not imported)” and nothing is stored from it. The notice after applying counts the same rows.',
  'help.soc2.title': 'Reading a SOC 2 report (exceptions, qualified opinions, subservice organisations)',
  'help.soc2.exceptions':
    'An exception is recorded against the Trust Services criterion the report names (e.g. CC6.1), with its description, the auditor’s test result and management’s response. It reaches only the requirements that reference that criterion (tsc:CC6.1 among the requirement’s references; a requirement made from the catalogue also carries the numbers the crosswalks declare equal). A requirement without such a reference can be linked to an exception by hand.',
  'help.soc2.exceptionRule':
    'A requirement an exception reaches: a mandatory item with a valid report is suggested as “meets, with exception CC6.1”, the exception given as a reason (an exception is a case where a control did not operate; whether the item passes is the evaluator’s call). A scored item is suggested one level lower. Exceptions show on the grading row’s suggestion, in “explain this number”, among the memo’s open points and in the workbook’s evidence register.',
  'help.soc2.qualified':
    'A qualified opinion does not void the report. Only for the requirements that reference the criteria it concerns (as recorded, else the criteria of the exceptions) is the report no evidence (a mandatory item without other valid evidence does not meet; a scored item is suggested from the answer alone). For every other requirement the report remains valid evidence. A report with an adverse opinion or a disclaimer is no evidence for any requirement.',
  'help.soc2.carveOut':
    'Each subservice organisation a report names is linked to one of the vendor’s subcontractor records, so one company is recorded once. Names recorded before links existed stay as unlinked names, to be linked later. A carved-out subcontractor without a report or certificate of its own shows on the subcontractor requirement’s suggestion and among the memo’s open points.',
  'help.soc2.bridge':
    'A bridge letter extends the report’s coverage from its period end to the letter’s own date (the date it covers to, never past the day it was issued). For 3 months after that date the report is not treated as stale.',
  'help.soc2.cuecs':
    'Complementary user-entity controls (CUECs) are listed among our obligations with the report they come from (type, auditor, period); the memo lists those of the selected vendor as the controls the buyer takes on.',
  'help.soc2.iso27017':
    'An ISO/IEC 27017 certificate can be recorded on its own (type “ISO/IEC 27017 certification”) or as the add-on of an ISO/IEC 27001 record. An ISO/IEC 27017 row on the questionnaire pack’s certification sheet is imported as a record of its own, and marks the add-on on the holder’s ISO/IEC 27001 record when there is exactly one (with several, the buyer ticks the right one). A row “ISO/IEC 27001 + ISO/IEC 27017” is imported as an ISO/IEC 27001 record with the add-on.',
  'help.soc2.identity':
    'A report without a number (SOC 2 Type I and Type II, SOC 3, CSA STAR Attestation) is the same report as another of the same type, service auditor and period (for Type I, the as-of date). Auditor names compare without full-width or half-width forms, legal forms (株式会社, （株）, LLP, LLC), case or spacing. So when the 2025 report is on file and the 2026 report arrives, it is added as a new report. The same report with other contents is updated as “To change”; a blank cell clears nothing.',
  'help.soc2.packSheet':
    'The questionnaire pack’s SOC 2 details sheet comes filled in with the SOC 2 reports on file, one item a row: the opinion (with the criteria a qualified opinion names), the exceptions, the subservice organisations, the bridge letter and the CUECs. The vendor can add rows for a new report. A subservice organisation is linked to the subcontractor of the same name (compared normalised), or added as a new subcontractor, once. A report with any cell that cannot be read (not a criterion, not a date, …) is not imported at all, nor its row on the Certifications sheet, so that no report is stored with only some of its exceptions.',
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
