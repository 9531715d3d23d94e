/**
 * The 締切後の訂正 sheet: every change made to a frozen record (answers, attestations,
 * subcontractors, evidence, vendor names) after the technical lock — when, who, what, on which
 * record, the reason, before and after — read from the audit trail. With none, one row says so,
 * so an auditor sees the question was asked rather than an empty sheet. Texts pass the text guard.
 */
import { correctionsFrom, nameCorrections } from '../domain/freeze';
import { auditActionText } from '../i18n/labels';
import type { Context } from './scoring-workbook-sheet';
import { newSheet, putRow, styleHeader, text, TITLE_ROWS } from './scoring-workbook-sheet';

export function writeCorrectionsSheet(ctx: Context): void {
  const { t, input } = ctx;
  const header = TITLE_ROWS + 2;
  const sheet = newSheet(
    ctx,
    'corrections',
    [
      { width: 7 },
      { width: 22 },
      { width: 14, wrap: true },
      { width: 20, wrap: true },
      { width: 30, wrap: true },
      { width: 40, wrap: true },
      { width: 36, wrap: true },
      { width: 36, wrap: true }
    ],
    { row: header, xSplit: 1 }
  );
  putRow(ctx, sheet, header, [
    t('workbook.audit.seq'),
    t('workbook.audit.at'),
    t('workbook.audit.actor'),
    t('workbook.audit.action'),
    t('workbook.corrections.target'),
    t('workbook.corrections.reason'),
    t('audit.colBefore'),
    t('audit.colAfter')
  ]);
  styleHeader(sheet, header, 8);
  const corrections = nameCorrections(input.bundle, correctionsFrom(input.bundle.audit));
  if (corrections.length === 0) {
    putRow(ctx, sheet, header + 1, [t('workbook.corrections.none')]);
    return;
  }
  let row = header + 1;
  for (const c of corrections) {
    putRow(ctx, sheet, row++, [
      c.seq,
      text(ctx.when(c.at)),
      text(c.by),
      text(auditActionText(c.action, t)),
      text([c.company, c.subject].filter((x) => x !== '').join(' ')),
      text(c.reason),
      text(c.before),
      text(c.after)
    ]);
  }
}
