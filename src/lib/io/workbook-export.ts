/**
 * The scoring workbook's whole job, run in a worker (`state/workbook-export.worker.ts`) so a large
 * procurement does not freeze the page: the bundle arrives as plain data, the engine scores it (the
 * same figures as the results page), the stability analysis runs (one at a time only when the
 * procurement is small enough to finish in a few seconds; the random draws always), the audit chain
 * is checked, and the workbook is built, with progress posted as messages. ExcelJS is imported
 * statically: Vite bundles workers as one classic script, without chunks.
 */
import ExcelJS from 'exceljs';
import { verifyChain } from '../domain/audit';
import type { AttestationTypeInfo } from '../domain/catalogue';
import type { IsoDate, ProcurementBundle } from '../domain/model';
import { scoreProcurement, type ScoringInput } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { sha256Text } from '../domain/sha256';
import { oneAtATime, randomDraws } from '../domain/stability';
import type { DateStyle } from '../i18n/format';
import { buildScoringWorkbook, type WorkbookLocale, type WorkbookStability } from './scoring-workbook';

/** `stability`: the analysis; `building`: the sheets (rows); `writing`: the file (amount unknown). */
export type WorkbookExportPhase = 'stability' | 'building' | 'writing';

export interface WorkbookExportProgress {
  phase: WorkbookExportPhase;
  done: number;
  /** 0 when the amount is unknown. */
  total: number;
}

export interface WorkbookExportRequest {
  /** Plain data (no reactive proxy); evidence bytes are not needed and best left out. */
  bundle: ProcurementBundle;
  attestationTypes: AttestationTypeInfo[];
  today: IsoDate;
  exportedAt: string;
  locale: WorkbookLocale;
  /** 西暦 or 和暦 for the workbook's dates and times (shown in Japan time). */
  dateStyle: DateStyle;
}

export type WorkbookExportMessage =
  | ({ type: 'progress' } & WorkbookExportProgress)
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

/**
 * Engine runs × grade positions up to which one at a time is computed for the workbook: each run
 * scores the whole procurement once, so beyond this it would take more than a few seconds.
 */
export const ONE_AT_A_TIME_LIMIT = 5_000_000;

export function stabilityFor(input: ScoringInput): WorkbookStability {
  const scored = input.requirements.filter((r) => r.kind === 'scored').length;
  const runs = 2 * scored + input.evaluators.length + 1;
  const size = input.vendors.length * input.requirements.length * Math.max(1, input.evaluators.length);
  const full = runs * size <= ONE_AT_A_TIME_LIMIT;
  return {
    mode: full ? 'full' : 'drawsOnly',
    oneAtATime: full ? oneAtATime(input) : null,
    draws: randomDraws(input)
  };
}

/** The worker's whole job, apart from the messaging (so it runs the same without a worker). */
export async function handleWorkbookExport(
  request: WorkbookExportRequest,
  post: (message: WorkbookExportMessage) => void
): Promise<Uint8Array | null> {
  try {
    const { bundle } = request;
    post({ type: 'progress', phase: 'stability', done: 0, total: 0 });
    const input = scoringInputOf(bundle);
    const result = scoreProcurement(input);
    let stability: WorkbookStability | null = null;
    try {
      stability = stabilityFor(input);
    } catch {
      // Settings the analysis refuses (a variation outside 0…1) leave the sheet saying 未計算.
    }
    const chain = verifyChain(bundle.audit, sha256Text, bundle.procurement.auditHead);
    const bytes = await buildScoringWorkbook(
      {
        bundle,
        result,
        attestationTypes: request.attestationTypes,
        today: request.today,
        chain,
        stability,
        exportedAt: request.exportedAt
      },
      {
        locale: request.locale,
        dateStyle: request.dateStyle,
        excel: ExcelJS,
        onProgress: (done, total, phase) =>
          post(
            phase === 'sheets'
              ? { type: 'progress', phase: 'building', done, total }
              : { type: 'progress', phase: 'writing', done: 0, total: 0 }
          )
      }
    );
    post({ type: 'done', bytes });
    return bytes;
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
