// What the pack preview says of a report it will store: opinion, exceptions, where each subservice
// organisation goes, bridge letter, CUECs — vendor text as text.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { prefs } from '$lib/state/preferences.svelte';
import { fieldsOf, stored } from '$lib/testing/attestation-draft';
import PackReportDetails from './PackReportDetails.svelte';

const html = (fields: ReturnType<typeof fieldsOf>) =>
  render(PackReportDetails, { props: { fields } }).body.replaceAll(/<!--.*?-->/g, '');

describe('PackReportDetails', () => {
  beforeAll(async () => {
    await prefs.loadWork();
  });

  it('lists the report’s opinion, exceptions, organisations (linked or to add), bridge letter and CUECs', () => {
    const body = html(
      fieldsOf(
        stored('soc2Type2', {
          cloudAddOn: false,
          exceptions: [
            {
              criterion: 'CC7.2',
              description: '<b>ログ</b>',
              testResult: '',
              managementResponse: '',
              requirementIds: []
            }
          ],
          subserviceOrganisations: [
            { name: 'ソラ（株）', method: 'carveOut', subcontractorId: 's1' },
            { name: '新DC', method: 'carveOut', subcontractorId: null }
          ]
        })
      )
    );
    expect(body).toContain('意見: 限定付意見');
    expect(body).toContain('限定の対象: CC6.2');
    expect(body).toContain('例外事項 CC7.2: &lt;b>ログ&lt;/b>');
    expect(body).toContain('サブサービス組織: ソラ（株）（登録済みの委託先）');
    expect(body).toContain('サブサービス組織: 新DC（委託先として追加）');
    expect(body).toContain('ブリッジレター: 2025-06-01（2025-05-31 まで）');
    expect(body).toContain('相補的な利用者エンティティの統制（CUEC） 2 件');
    expect(body).not.toContain('ISO/IEC 27017');
  });

  it('says a certificate comes with the ISO/IEC 27017 add-on, and nothing of reports', () => {
    const body = html(
      fieldsOf(
        stored('iso27001', {
          opinion: null,
          qualifiedCriteria: [],
          exceptions: [],
          subserviceOrganisations: [],
          bridgeLetter: null,
          cuecs: []
        })
      )
    );
    expect(body).toContain('ISO/IEC 27017 追加認証あり');
    expect(body).not.toContain('意見');
  });
});
