/** Japanese messages of evaluator packages and grades files; merged into `jaWork`. */
export const jaPackage = {
  'package.problem.fileTooLarge': 'ファイルが大きすぎます（上限 {limitMb} MB）。',
  'package.problem.fileEmpty': 'ファイルが空です。',
  'package.problem.notJson.package':
    'JSON 形式のファイルではありません。委員長から受け取った評価者パッケージを選択してください。',
  'package.problem.notJson.grades':
    'JSON 形式のファイルではありません。評価者から受け取った採点ファイルを選択してください。',
  'package.problem.wrongFileType.package':
    'Sentei の評価者パッケージではありません（採点ファイルやバックアップファイルではなく、「評価者パッケージ_…」のファイルを選択してください）。',
  'package.problem.wrongFileType.grades':
    'Sentei の採点ファイルではありません（評価者パッケージやバックアップファイルではなく、「採点ファイル_…」のファイルを選択してください）。',
  'package.problem.futureVersion':
    'より新しい版の Sentei で作成されたファイルです（形式 {version}、この版は {supported} まで）。アプリを更新してから読み込んでください。',
  'package.problem.badShape': 'ファイルの内容が正しくありません。次の問題があります。',
  'package.problem.evidenceAltered':
    '証跡ファイル「{name}」の内容が記録されたハッシュ値と一致しません。パッケージが書き出し後に変更されています。',
  'package.problem.criteriaAltered':
    '評価基準の内容がハッシュ値（{hash}…）と一致しません。パッケージが書き出し後に変更されています。委員長に再発行を依頼してください。',
  'package.problem.packageContents':
    'パッケージに含まれてはならない内容があります（{part}）。委員長が書き出したパッケージをそのまま開いてください。',
  'package.problem.alreadyHere':
    'このパッケージの案件はこのブラウザに既にあります（「{title}」）。委員長の端末では開けません。開き直す場合は、先に「{title}」を削除してください。',
  'package.problem.unknownPackage':
    'この採点ファイルは、別の調達案件のもの、またはこの案件で発行していない評価者パッケージから作成されたものです。',
  'package.problem.otherEvaluator':
    'この採点ファイルは別の評価者向けのものです（想定: {expected}、ファイル: {found}）。',
  'package.problem.unknownEvaluator':
    '採点ファイルの評価者「{name}」はこの案件に登録されていません（削除された可能性があります）。',
  'package.problem.otherCriteria':
    'この採点ファイルは別の評価基準で作成されたものです（ファイルのハッシュ値 {hash}…、現在の評価基準 {current}…）。現在の評価基準で評価者パッケージを発行し直してください。',
  'package.problem.criteriaReopened':
    '評価基準が変更のため再開されています。確定し直してから取り込んでください。',
  'package.problem.altered':
    'この採点ファイルは書き出し後に変更されています（署名が一致しません）。評価者に書き出し直してもらってください。',
  'package.problem.technicalLocked': '技術評価の締切り後のため、採点ファイルは取り込めません。',
  'package.problem.evaluatorSubmitted':
    '{name} の採点はこの端末で既に提出済みです。取り込み直すには、先に採点を差し戻してください。',
  'package.problem.unknownCell':
    '評価基準または事業者一覧にない項目の採点が含まれています（事業者 {vendorId}、要件 {requirementId}）。',
  'package.problem.duplicateCell': '同じ項目の採点が重複しています（{vendor}、要件 {ref}）。',
  'package.problem.invalidGrade': '評価基準にない評価段階・判定があります（{vendor}、要件 {ref}）。',

  'package.panel.title': '評価者パッケージ（各評価者の端末での採点）',
  'package.panel.intro':
    '評価者が自分の端末で採点する場合は、評価者ごとにパッケージを書き出して渡します。パッケージには確定済みの評価基準、事業者の回答と証跡、その評価者自身の採点だけが含まれます。他の評価者の採点、合議結果、入札価格、監査ログは含まれません。',
  'package.panel.notReady': '評価基準を確定すると、評価者パッケージを書き出せます。',
  'package.panel.closed':
    '技術評価の締切り後のため、パッケージの書き出しと採点ファイルの取り込みはできません。',
  'package.panel.evaluators': '評価者ごとのパッケージ',
  'package.export': '評価者パッケージを書き出す',
  'package.exportFor': '{name} の評価者パッケージを書き出す',
  'package.submittedHere': '提出済み',
  'package.exported':
    '評価者パッケージを書き出しました（{name}）。採点ファイルの署名鍵が含まれるため、評価者本人にだけ渡してください。',
  'package.issuedTitle': '発行済みのパッケージ',
  'package.issuedNone': 'まだ発行していません。',
  'package.issuedItem': '{name}・{at} 発行（評価基準 第 {version} 版）',
  'package.imported': '取り込み済み（{at}）',
  'package.notImported': '未取り込み',
  'package.importInput': '採点ファイルを取り込む',
  'package.importHelp': '評価者から受け取った採点ファイル（.json）を選択してください。',
  'package.reading': 'ファイルを確認しています…',
  'package.refusedGrades': 'この採点ファイルは取り込めません。データは変更されていません。',
  'package.previewTitle': '採点ファイルの取り込み内容',
  'package.previewEvaluator':
    '評価者: {name}（評価基準 第 {version} 版、ハッシュ値 {hash}…、書き出し {exportedAt}）',
  'package.previewCounts': '新規 {new} 件・変更 {changed} 件・変更なし {unchanged} 件',
  'package.previewReplace':
    'この端末にある {name} の採点（{count} 件）は、ファイルの内容で項目ごとに置き換えます。',
  'package.previewKept': 'ファイルにない {count} 件は、この端末の採点をそのまま残します。',
  'package.previewSubmitted': '評価者は提出済みです。取り込むと提出済みとして記録します。',
  'package.previewSubmittedIncomplete':
    '評価者は提出済みですが、この案件の事業者・要件に対して未記入の項目が残るため、提出は記録しません。',
  'package.previewDraft': '評価者はまだ提出していません（下書き）。提出は記録しません。',
  'package.apply': '取り込む',
  'package.cancel': '取りやめる',
  'package.applied': '{name} の採点を取り込みました（新規 {new} 件・変更 {changed} 件）。',
  'package.cancelled': '取り込みを取りやめました。データは変更されていません。',

  'package.banner.title': '評価者パッケージから開いた案件',
  'package.banner.text':
    'この案件は {name} さん向けの評価者パッケージから開いたものです（評価基準 第 {version} 版、ハッシュ値 {hash}…）。この端末では {name} さんだけが採点できます。',
  'package.banner.progress': '{name} さんの採点の進み具合（{done} / {total} 項目）',
  'package.banner.submitted': '提出済み（{at}）',
  'package.banner.export': '採点ファイルを書き出す',
  'package.banner.note':
    '書き出した採点ファイルを委員長に送ってください。提出前の下書きも送れます。採点ファイルには署名が付いており、書き出し後に変更すると取り込めません。',
  'package.banner.exported': '採点ファイルを書き出しました（{name}）。委員長に送ってください。',

  'package.open.refused': 'この評価者パッケージは開けません。データは変更されていません。',
  'package.open.previewTitle': '評価者パッケージの内容',
  'package.open.previewText': '案件「{title}」を、評価者 {name} さんの採点用に開きます。',
  'package.open.previewCounts': '事業者 {vendors} 社・要件 {requirements} 件・評価基準 第 {version} 版',
  'package.open.previewHash':
    '評価基準のハッシュ値: {hash}（委員長の評価基準の画面と同じであることを確認してください）',
  'package.open.apply': 'この内容で開く',
  'package.open.cancel': '取りやめる',
  'package.open.opened': '評価者パッケージを開きました。',
  'package.open.cancelled': '評価者パッケージを開くのを取りやめました。'
} as const;
