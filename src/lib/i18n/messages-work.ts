/**
 * Japanese messages of the workspace stages (spec, criteria, collect, vendors, answers …),
 * loaded when a procurement is opened, so the first page carries only what it shows.
 */
import { jaCharts } from './messages-charts';
import { jaEvaluate } from './messages-evaluate';
import { jaPackage } from './messages-package';
import { jaResults } from './messages-results';
import { jaSuggest } from './messages-suggest';
import { jaHelp } from './messages-help';
import { jaWorkbook } from './messages-workbook';
import { jaSpecify } from './messages-specify';
import { jaCollect } from './messages-collect';
import { jaVendor } from './messages-vendor';
import { jaImport } from './messages-import';
import { jaRegisters } from './messages-registers';
import { jaPeople } from './messages-people';
import { jaWeights } from './messages-weights';
import { jaSheet } from './messages-sheet';
import { jaVersions } from './messages-versions';
import { jaRecords } from './messages-records';

export const jaWork = {
  'action.procurement.create': '案件の作成',
  'action.procurement.update': '案件の設定変更',
  'action.procurement.duplicate': '案件の複製',
  'action.demo.load': 'デモデータの読込み',
  'action.evaluator.add': '評価者の追加',
  'action.evaluator.update': '評価者の変更',
  'action.evaluator.remove': '評価者の削除',
  'action.evaluator.move': '評価者の並べ替え',
  'action.preset.settings': 'プリセットによる採点設定の適用',
  'action.requirement.weights': '重み（%）からの配点の換算',
  'action.requirement.add': '要件の追加',
  'action.requirement.update': '要件の変更',
  'action.requirement.remove': '要件の削除',
  'action.requirement.move': '要件の並べ替え',
  'action.vendor.add': '事業者の追加',
  'action.vendor.update': '事業者の変更',
  'action.vendor.remove': '事業者の削除',
  'action.subcontractor.add': '委託先の追加',
  'action.subcontractor.update': '委託先の変更',
  'action.subcontractor.remove': '委託先の削除',
  'action.attestation.add': '第三者認証等の追加',
  'action.attestation.update': '第三者認証等の変更',
  'action.register.recheck': '登録簿の新しいスナップショットによる再照合',
  'action.attestation.remove': '第三者認証等の削除',
  'action.evidence.add': '証跡ファイルの追加',
  'action.evidence.remove': '証跡ファイルの削除',
  'action.response.put': '回答の記録',
  'action.correction': '締切後の訂正: {action}',
  'action.grade.put': '採点の記録',
  'action.consensus.put': '合議結果の記録',
  'action.evaluation.submit': '採点の提出',
  'action.evaluation.return': '採点の差し戻し',
  'action.evaluation.lockTechnical': '技術評価の締切り',
  'action.vendor.bid': '入札価格の記録',
  'action.vendor.lowBidInvestigation': '低入札価格調査の結果',
  'action.procurement.tieResolution': '同点の決定（くじ等）',
  'action.criteria.lock': '評価基準の確定',
  'action.criteria.reopen': '評価基準の変更開始',
  'field.title': '案件名',
  'field.organisation': '組織（調達機関）',
  'field.buyerKind': '調達者の区分',
  'field.buyerKind.government': '政府機関等',
  'field.buyerKind.enterprise': '民間企業',
  'list.buyerKindHelp':
    '区分により初期値が決まります。民間企業の案件には、機密性の格付や統一基準の版はなく、政府機関等に固有の設定（基準評価値、価格の算定式が用いない予定価格）も表示しません。',
  'field.documentDateStyle': '選定理由書・採点表の日付',
  'field.documentDateStyle.default': '区分に合わせる（{style}）',
  'field.slashDateOrder': '事業者の数字の日付の読み方',
  'field.slashDateOrder.auto': '文書の言語に合わせる（日本語: 年/月/日のみ、英語: 月/日/年）',
  'field.slashDateOrder.mdy': '月/日/年（米国式: 03/31/2026）',
  'field.slashDateOrder.dmy': '日/月/年（英国・欧州式: 31/03/2026）',
  'field.slashDateOrder.hint':
    '回答票の認証期間などに書かれた 03/31/2026 のような日付の読み方です。2026/3/31・令和8年3月31日・31 Mar 2026 や、Excel の日付セルはどの設定でも同じに読みます。ありえない日付は位置を示して空欄として扱います。',
  'field.documentLanguage': '文書の言語',
  'field.documentLanguage.help':
    '事業者に渡す質問票、要件一覧、採点ワークブック、選定理由書及び CSV の言語です。画面の表示言語は利用者ごとに選びます。',
  'field.serviceModel': 'サービスモデル',
  'field.handlesConfidential': '要機密情報を取り扱う',
  'field.confidentialityClass': '情報の格付（機密性）',
  'field.edition': '統一基準の版',
  'field.edition.none': '適用しない（民間調達）',
  'field.bidDeadline': '入札期限（証跡の有効性の基準日）',
  'field.contractStart': '契約期間の開始日',
  'field.contractEnd': '契約期間の終了日',
  'field.contractTerm': '契約期間',
  'field.notes': '備考',
  'field.textTooLong':
    '「{field}」は {length} 文字あり、長すぎます。{max} 文字以内にしてください（質問票の Excel の 1 つのセルに入る長さです）。保存していません。',
  'field.yes': 'はい',
  'field.no': 'いいえ',
  'evaluators.title': '評価者（評価委員）',
  'evaluators.intro': '各評価者は独立して採点します。委員長は合議結果の記録と技術評価の締切りを行います。',
  'evaluators.empty': '評価者はまだ登録されていません。',
  'evaluators.name': '氏名',
  'evaluators.role.chair': '委員長',
  'evaluators.role.member': '委員',
  'evaluators.add': '評価者を追加',
  'evaluators.nameRequired': '氏名を入力してください。',
  'evaluators.moveUp': '{name} を上へ',
  'evaluators.moveDown': '{name} を下へ',
  'evaluators.remove': '{name} を削除',
  'evaluators.removeConfirm': '評価者「{name}」と、その評価者の採点をすべて削除します。よろしいですか。',
  'evaluators.saveName': '{name} の変更を保存',
  'evaluators.roleOf': '{name} の役割',
  'evaluators.nameOf': '評価者 {n} の氏名',
  'audit.sealed': '採点の内容は技術評価の締切り後に表示されます（評価者の独立性のため）。',
  'audit.title': '監査ログ',
  'audit.intro':
    'この案件に対するすべての変更を、ハッシュ値で連鎖させて記録しています。1件でも改変・削除・並べ替えがあると検知できます。',
  'audit.verify': '改ざん検知を実行',
  'audit.ok': '改ざん検知: 正常（{count} 件、最新ハッシュ {head}）',
  'audit.broken': '改ざん検知: 第 {seq} 項で不整合を検出しました（{problem}）。',
  'audit.problem.hashMismatch': '記録内容がハッシュ値と一致しません',
  'audit.problem.prevHashMismatch': '前の記録とのつながりが一致しません',
  'audit.problem.sequenceGap': '記録が欠落しているか順序が入れ替わっています',
  'audit.problem.wrongProcurement': '別の案件の記録が混入しています',
  'audit.problem.headMismatch': '末尾の記録が欠落しています',
  'audit.empty': '記録はまだありません。',
  'audit.colSeq': '番号',
  'audit.colAt': '日時',
  'audit.colActor': '実施者',
  'audit.colAction': '操作',
  'audit.colBefore': '変更前',
  'audit.colAfter': '変更後',
  'audit.colHash': 'ハッシュ値',
  'audit.caption': '監査ログ（新しい順）',
  ...jaImport,
  ...jaSpecify,
  ...jaCollect,
  ...jaVendor,
  ...jaEvaluate,
  ...jaResults,
  ...jaPackage,
  ...jaWorkbook,
  ...jaVersions,
  ...jaRecords,
  ...jaSuggest,
  ...jaHelp,
  ...jaCharts,
  ...jaRegisters,
  ...jaPeople,
  ...jaWeights,
  ...jaSheet
} as const;
