/** Japanese messages of the suggestions from evidence (評価の提案); merged into `jaWork`. */
export const jaSuggest = {
  'suggest.label': '証跡からの提案',
  'suggest.level': '提案: {code}（{label}）',
  'suggest.pass': '提案: 適合',
  'suggest.fail': '提案: 不適合',
  'suggest.passWithExceptions': '提案: 適合（例外事項あり: {criteria}）',
  'suggest.levelWithExceptions': '提案: {code}（{label}）（例外事項あり: {criteria}）',
  'suggest.none': '提案なし（評価者が判断してください）',
  'suggest.disclaimer': '参考: 証跡からの提案です。採点は評価者が行います。',
  'suggest.rank': '保証水準 {rank}/5',
  'suggest.listSeparator': '、',
  'suggest.quotedName': '「{name}」',
  'suggest.attWithNumber': '{type}（{number}）',
  'suggest.reason.passByEvidence': '受入れ対象の証跡のうち、基準日に有効なものがあります。',
  'suggest.reason.failNoValidEvidence': '受入れ対象の証跡のうち、基準日に有効なものがありません。',
  'suggest.reason.pendingCheck': '{att} が未確認のため、提案を保留しています。確認を記録すると提案します。',
  'suggest.reason.answerConflicts': '有効な証跡がありますが、回答が「{answer}」のため提案しません。',
  'suggest.reason.byAnswer': '証跡の受入れ対象が指定されていない要件のため、回答のみから提案しています。',
  'suggest.reason.partialAnswer': '回答が「一部対応」のため、適否は評価者が判断してください。',
  'suggest.reason.levelByEvidence': '受入れ対象の有効な証跡（{rank}）と回答から提案しています。',
  'suggest.reason.levelWithoutEvidence':
    '受入れ対象の有効な証跡がないため、回答のみから提案しています（回答のみでは中位の段階が上限です）。',
  'suggest.reason.weakestSubcontractor':
    '重要な委託先のうち保証が最も弱い「{name}」（{rank}）から提案しています。',
  'suggest.reason.subcontractorUncovered':
    '重要な委託先のうち {count} 社（{names}）に、これを対象とする有効な保証がないため、低い段階を提案しています。',
  'suggest.reason.higherLevelsByJudgement':
    '登録・認証は管理策が実施されていることを示すもので、優れていることまでは示しません。証跡から提案するのは中位の段階（{level}）までです。それより上の段階は、回答の内容を見て評価者が判断してください。',
  'suggest.reason.subcontractorPending':
    '重要な委託先「{name}」の証跡が未確認のため、提案を保留しています。確認を記録すると提案します。',
  'suggest.reason.evidenceValid': '{att}: 有効（{date}まで、{rank}）',
  'suggest.reason.evidenceValidUndated': '{att}: 有効（{rank}）',
  'suggest.reason.evidenceNotValid': '{att}: {status}',
  'suggest.reason.noEvidenceHeld': '受入れ対象の証跡（{types}）の提出がありません。',
  'suggest.reason.lapsesBeforeContractEnd': '{att} は契約終了日（{date}）時点では「{status}」となります。',
  'suggest.reason.exceptionReported':
    '{att} の例外事項 {criterion}: {description}（この要件に関わる例外事項 {count} 件。適否は適合のまま、段階は1段階下げて提案しています）',
  'suggest.reason.criteriaQualified':
    '{att} は限定付意見で、この要件が参照する規準（{criteria}）が限定の対象のため、この要件の証跡として扱いません（報告書の他の部分は有効です）。',
  'suggest.reason.carveOutWithoutReport':
    '{att} が除外方式としている「{name}」について、自身の報告書・認証の記録がありません（未了事項）。',
  'suggest.reason.controlExcluded': '{att} の言明で除外: {excluded}（対応する管理策 {control}）',
  'suggest.reason.controlsExcluded':
    '{att} の言明が対応する管理策（{controls}）をすべて除外しているため、証跡として扱いません。',
  'suggest.reason.mapsTo': '対応する管理策: {controls}',
  'suggest.reason.answer': '事業者の回答: {answer}',
  'suggest.reason.noAnswer': '事業者の回答: 未回答',
  'suggest.reason.noCriticalSubcontractors':
    '重要な委託先が登録されていないため、事業者自身の証跡から提案しています。',
  'suggest.reason.subcontractorAssured': '委託先「{name}」: {att}（有効、{rank}）',
  'suggest.reason.subcontractorInclusive':
    '委託先「{name}」: 事業者の {att} に一体方式で含まれています（有効、{rank}）。',
  'suggest.reason.subcontractorNoEvidence': '委託先「{name}」: 有効な保証なし',
  'suggest.reason.subcontractorNoEvidenceShown': '委託先「{name}」: 有効な保証なし（{att}: {status}）',
  'suggest.reason.inclusiveNotShown':
    '委託先「{name}」は一体方式とされていますが、それを示す有効な報告書がありません。'
} as const;
