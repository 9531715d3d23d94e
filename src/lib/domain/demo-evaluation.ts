/**
 * The demo's technical evaluation: what each of the three evaluators graded for each vendor and
 * requirement, with a rationale that follows the vendor's answers and evidence in `demo-data.ts`, the
 * committee's consensus where they disagreed, and the bids opened after the technical lock.
 * Data only; `demo.ts` turns it into records. Everything is fictional.
 */

/**
 * Per vendor (demo order) and requirement (R-001 … R-010): one character per evaluator (高橋,
 * 佐藤, 鈴木), `p`/`f` for the mandatory items and rubric codes for the scored ones, and the
 * rationale: one text shared by the panel, or one per evaluator where they judged differently.
 */
export interface DemoGradeRow {
  grades: string;
  rationale: string | [string, string, string];
}

export const DEMO_GRADES: DemoGradeRow[][] = [
  // 株式会社アオバクラウド: strong evidence throughout; data return is only partly offered.
  [
    { grades: 'ppp', rationale: 'ISMAP登録（C99-0001-1）を確認。言明の対象に東京・大阪リージョンを含む。' },
    { grades: 'ppp', rationale: '東京・大阪の国内DCのみで保管。準拠法・管轄とも日本国内と契約条項に明記。' },
    {
      grades: 'ppp',
      rationale: '利用者・管理者ともTOTP及びFIDO2による多要素認証を設定可能（操作マニュアル12頁）。'
    },
    {
      grades: 'AAB',
      rationale: [
        'SOC 2 Type II（無限定意見）とISMAP登録の双方で運用の有効性が示されている。',
        'SOC 2 Type II は直近12か月を対象とし無限定意見。例外事項は軽微。',
        'アクセス権レビューの例外事項が1件あるため B とする。'
      ]
    },
    {
      grades: 'BBB',
      rationale:
        '基盤IaaS（ソラコンピュート）はISMAP登録済み。ただし除外方式のため再委託先の評価は自社報告書に含まれない。'
    },
    {
      grades: 'AAB',
      rationale: [
        '保存時・通信時とも暗号化し、利用者管理鍵（BYOK）にも対応。',
        '鍵の生成・保管・廃棄の手順が具体的で、BYOKに対応。',
        'BYOKは追加費用のオプションのため B とする。'
      ]
    },
    {
      grades: 'BAB',
      rationale: [
        '操作ログを3年保存し画面から検索可能。API出力は管理者ログのみ。',
        '利用者・管理者ログとも3年保存、CSV出力とAPIの双方で取得可能。',
        '保存期間は十分だが、利用者ログのAPI取得に制限がある。'
      ]
    },
    {
      grades: 'CCD',
      rationale: [
        'CSVでの返却には対応するが、消去証明書の提出は有償オプション。',
        '返却形式は標準的だが、消去証明の提出が標準契約に含まれない。',
        '添付ファイルの一括返却手順が示されておらず、消去証明も有償のため D とする。'
      ]
    },
    {
      grades: 'BBB',
      rationale: '検知から24時間以内の第一報の体制あり。連絡体制図は提示されたが訓練実績の記載なし。'
    },
    {
      grades: 'ABA',
      rationale: [
        '日次バックアップを大阪拠点に保管し、RTO 4時間を明示。',
        '遠隔地保管とRTOの明示はあるが、復旧訓練の頻度が年1回にとどまる。',
        '東京・大阪間の遠隔保管、RTO 4時間、復旧手順書とも十分。'
      ]
    }
  ],
  // ミナト情報システム株式会社: cheaper; its SOC 2 report is stale and its ISO certificate expired.
  [
    { grades: 'ppp', rationale: 'ISMAP登録（C99-0002-1）を確認。言明の対象に東京リージョンを含む。' },
    { grades: 'ppp', rationale: '東京リージョンのみで保管。契約の準拠法は日本法、管轄は東京地方裁判所。' },
    { grades: 'ppp', rationale: '管理者はFIDO2、利用者はTOTPによる多要素認証を適用可能。' },
    {
      grades: 'BDC',
      rationale: [
        'ISMAP登録により運用評価を含む第三者の確認がある点を評価し B とする。',
        'SOC 2 Type II は期間終了から12か月を超えブリッジレターもない。ISO 27001（2013年版）も失効しており D とする。',
        'ISMAP登録は有効だが、SOC 2 の鮮度不足を考慮し C とする。'
      ]
    },
    {
      grades: 'BBC',
      rationale: [
        '基盤IaaSはISO/IEC 27001（クラウド拡張あり）の認証を有効期間内で保持。',
        '委託先の認証は有効。再委託先の管理方法の記載もある。',
        '委託先はISO認証のみで、運用評価を含む保証報告書がないため C とする。'
      ]
    },
    {
      grades: 'BBB',
      rationale: '保存時・通信時とも暗号化。鍵はサービス側で管理し、利用者管理鍵には非対応。'
    },
    {
      grades: 'CCC',
      rationale: '操作ログの保存期間は1年。利用者による検索は管理画面のみで、出力は依頼ベース（一部対応）。'
    },
    {
      grades: 'AAB',
      rationale: [
        'CSV・PDFでの返却と、NIST SP 800-88 に沿った消去、消去証明書の提出を標準で提供。',
        '返却形式・消去方法・証明書とも仕様を満たす。',
        '返却・消去とも十分だが、返却までの期間がやや長い。'
      ]
    },
    {
      grades: 'BAB',
      rationale: [
        '24時間以内の第一報の体制あり。',
        '24時間以内の第一報に加え、72時間以内の詳細報告と年2回の訓練実績を示している。',
        '体制は十分だが、夜間休日の連絡手段の記載が簡略。'
      ]
    },
    {
      grades: 'CDC',
      rationale: [
        '日次バックアップはあるが、東京リージョン内の別DCでの保管にとどまる。',
        '地理的に離れた拠点での保管がなく、RTOも明示されていないため D とする。',
        '日次バックアップはあるが遠隔地保管は未対応（一部対応）。'
      ]
    }
  ],
  // 北風ソリューションズ株式会社: cheapest, but no ISMAP registration and a Singapore data centre.
  [
    {
      grades: 'fff',
      rationale:
        'ISMAP・ISMAP-LIUとも登録がない（回答「未対応」）。CSゴールドマークは本要件の代替とならない。'
    },
    {
      grades: 'pff',
      rationale: [
        '主たる保管は東京リージョン。設定でシンガポールへの複製を停止できるとの説明を評価する。',
        'バックアップの一部がシンガポールのDCに保管される構成であり、国内保管の要件を満たさない。',
        '委託先（Global DC）がシンガポール所在で、国内保管に限定する契約条項がない。'
      ]
    },
    { grades: 'ppp', rationale: '利用者・管理者ともTOTPによる多要素認証を適用可能。' },
    {
      grades: 'BAB',
      rationale: [
        'CSゴールドマーク（有効期間内）により運用状況の第三者評価がある。',
        'CSゴールドマークは運用評価を含み、対象範囲に提案サービスを含む。',
        'CSゴールドマークは有効だが、SOC 2 等の報告書の提示はない。'
      ]
    },
    {
      grades: 'DDC',
      rationale: [
        'シンガポールのDC事業者はSOC 3のみで、運用評価の詳細が確認できない。',
        '重要な委託先の保証がSOC 3のみ。国内DCの委託先の情報もない（一部対応）。',
        'SOC 3 は無限定意見だが詳細な例外事項を確認できないため C とする。'
      ]
    },
    { grades: 'BBB', rationale: '保存時・通信時とも暗号化し、鍵管理手順を提示。利用者管理鍵は非対応。' },
    {
      grades: 'ABB',
      rationale: [
        'ログを2年保存し、利用者が画面・APIから検索・取得可能。',
        '保存期間・取得手段とも要件を満たす。',
        '要件は満たすが、管理者操作ログの改ざん防止の説明がない。'
      ]
    },
    { grades: 'BBB', rationale: '標準形式での返却と消去証明書の提出に対応。消去方式の記載はやや簡略。' },
    { grades: 'EEE', rationale: '回答・証跡の提出がなく、24時間以内の通知体制を確認できない。' },
    {
      grades: 'EEE',
      rationale: '回答・証跡の提出がなく、バックアップの遠隔地保管と目標復旧時間を確認できない。'
    }
  ]
];

/** The committee's consensus where the evaluators disagreed: vendor index, requirement ref. */
export const DEMO_CONSENSUS = [
  {
    vendor: 1,
    ref: 'R-004',
    level: 'C',
    verdict: null,
    reason:
      'ISMAP登録は有効だが、SOC 2 Type II は期間経過（ブリッジレターなし）で、ISO認証も失効。両者の中間として C とする。'
  },
  {
    vendor: 2,
    ref: 'R-002',
    level: null,
    verdict: 'fail',
    reason: 'シンガポール拠点への複製を契約上停止できることが確認できないため、不適合とする。'
  }
] as const;

/** 入札価格 (円, 税込, 3年間) of each vendor, opened after the technical lock. */
export const DEMO_BIDS = [34_200_000, 25_380_000, 24_480_000] as const;
