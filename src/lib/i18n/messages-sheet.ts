/** Japanese messages of the grading sheet's keys, dense rows and the 評価 stage's steps (採点・合議, 開札). */
import { jaAnswerNames } from './messages-answer-names';

export const jaSheet = {
  ...jaAnswerNames,
  'sheet.keysTitle': 'キーボードでの採点',
  'sheet.keysLevel': '{first}–{last} または {codes}: 評価段階（任意項目）',
  'sheet.keysVerdict': 'o（○）: 適合、x（×）: 不適合（必須項目）',
  'sheet.keysArrows': '↑↓: 前後の選択肢',
  'sheet.keysEnter': 'Enter: 評価理由の欄へ',
  'sheet.keysNext': 'Ctrl+Enter: 次の行の判定へ（Shift+Ctrl+Enter: 前の行、評価理由の欄からも可）',
  'sheet.keysSaved': '選んだ段階と評価理由は、欄を離れると保存されます。',
  'sheet.expandAnswer': '{ref} の回答の全文を表示',
  'sheet.collapseAnswer': '{ref} の回答を折りたたむ',
  'sheet.more': '全文',
  'sheet.less': '折りたたむ',
  'sheet.suggestionFor': '{ref} の提案の根拠',
  'sheet.stepsLabel': '評価の手順',
  'sheet.stepGrading': '採点・合議',
  'sheet.bidsNeedChair': '開札は委員長が行います。「採点する評価者」で委員長を選んでください。',
  'sheet.bidsNeedLock': '開札は、委員長が技術評価を締め切った後に行えます（「採点・合議」の手順）。',
  'sheet.toGrading': '採点・合議へ',
  // The progress bar, as the sheet shows it (also on 回答収集's pages); the answers' names, which
  // the decision memo prints too, are spread in above.
  'progress.valueText': '{label}（{percent}%）'
} as const;
