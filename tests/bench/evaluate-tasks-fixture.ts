// The 評価 bench's procurement as a backup file, written by the app's own backup writer
// (`buildBackupEnvelope`) from the deterministic generator the workbook bench uses: 30 vendors ×
// 1,500 requirements × 5 evaluators, every answer and grade recorded, the criteria locked. The
// bench restores it through the app's restore input, as a user would.
import { buildBackupEnvelope } from '$lib/domain/restore';
import { randomBundle } from '$lib/testing/scoring-workbook';

export const FIXTURE_TITLE = '性能試験の調達（30 事業者 × 1,500 要件 × 5 評価者）';

export function evaluateFixture(size: { vendors: number; requirements: number; evaluators: number }): {
  text: string;
  procurementId: string;
  title: string;
} {
  const bundle = randomBundle({ ...size, seed: 7, responses: true, consensus: true });
  bundle.procurement = { ...bundle.procurement, title: FIXTURE_TITLE };
  const envelope = buildBackupEnvelope([bundle], {
    appVersion: 'bench',
    exportedAt: '2025-04-01T00:00:00.000Z',
    scope: 'procurement'
  });
  return { text: JSON.stringify(envelope), procurementId: bundle.procurement.id, title: FIXTURE_TITLE };
}
