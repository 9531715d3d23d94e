/**
 * What an audit entry changed, in words, for a reader: 「会社名: 旧 → 新」 per labelled field, codes in
 * words, ids by their names, long texts cut. One home for the scoring workbook's 監査ログ and the
 * memo's 締切後の訂正, so a document never prints the stored JSON.
 */
import { auditDetailVisible } from '$lib/domain/evaluation';
import type { AuditEntry, Id, TypedAmount } from '$lib/domain/model';
import { formatYen, type Locale } from './format';
import { formatTyped } from './format-amount';
import { answerKey } from './answer-labels';
import { kindKey } from './procurement-labels';
import { roleKey } from './role-labels';
import { registerOutcomeKey } from './register-labels';
import type { MessageKey } from './messages';
import type { Translate } from './results-labels';
import { inParens } from './punctuation';
import { auditFieldKey, VERDICT_MARKS } from './audit-labels';

/** Characters of a value shown in a summary before it is cut with …. */
const VALUE_CHARS = 80;

export interface SummaryContext {
  t: Translate;
  locale: Locale;
  /** Records by the names a reader knows them by (an id not here is shown as it is). */
  names: ReadonlyMap<Id, string>;
}

function parsed(json: string): Record<string, unknown> | null {
  if (json === '') return {};
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A typed amount as the audit trail stores it (`TypedAmount`), checked before it is shown. */
function isTypedAmount(value: unknown): value is TypedAmount {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(v['yen']) &&
    (v['unit'] === 'yen' || v['unit'] === 'thousandYen') &&
    (v['taxBasis'] === 'included' || v['taxBasis'] === 'excluded')
  );
}

/** Fields whose values are codes, with their words. */
const VALUE_KEYS: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  answer: answerKey,
  kind: kindKey,
  role: roleKey
};

/** A value as a reader reads it: a code in words, an id by its name, a list by its length, a long text cut. */
function valueText(ctx: SummaryContext, value: unknown, field: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const words = Object.hasOwn(VALUE_KEYS, field) ? VALUE_KEYS[field] : undefined;
  if (typeof value === 'string' && words && Object.hasOwn(words, value)) return ctx.t(words[value]!);
  if (field === 'verdict' && (value === 'pass' || value === 'fail')) return VERDICT_MARKS[ctx.locale][value];
  if (field === 'bidPrice' && typeof value === 'number') return formatYen(value, ctx.locale);
  if (field === 'bidTyped' && isTypedAmount(value)) return formatTyped(ctx.t, value, ctx.locale);
  // The duplicates kept at a criteria lock, each with its written reason, in full: an auditor reads why.
  if (field === 'keptDuplicates' && Array.isArray(value)) {
    return value
      .map(
        (kept: { refs?: unknown; reason?: unknown }) =>
          `${String(kept.refs)}${inParens(ctx.locale, String(kept.reason))}`
      )
      .join('\n');
  }
  // What a newer register snapshot changed: each claim with its outcome before and after, in full.
  if (field === 'registerChanges' && Array.isArray(value)) {
    const outcome = (kind: unknown) =>
      typeof kind === 'string' && Object.hasOwn(registerOutcomeKey, kind)
        ? ctx.t(registerOutcomeKey[kind as keyof typeof registerOutcomeKey])
        : String(kind);
    return value
      .map(
        (c: { holder?: unknown; number?: unknown; from?: unknown; to?: unknown }) =>
          `${String(c.holder)} ${String(c.number)}: ${outcome(c.from)} → ${outcome(c.to)}`
      )
      .join('\n');
  }
  if (Array.isArray(value)) return ctx.t('workbook.audit.items', { count: value.length });
  if (typeof value === 'object') return ctx.t('workbook.audit.record');
  const shown = String(value);
  const named = typeof value === 'string' ? (ctx.names.get(value) ?? shown) : shown;
  const chars = [...named];
  return chars.length > VALUE_CHARS ? `${chars.slice(0, VALUE_CHARS).join('')}…` : named;
}

/**
 * What an entry changed, by field: 「会社名: 旧 → 新」 for a field with a label, a count of the
 * others. Grades before the technical lock stay sealed, as on the audit page. A before/after the
 * trail cut short (no longer JSON) points to the machine-readable sheet.
 */
export function changeSummary(
  ctx: SummaryContext,
  entry: Pick<AuditEntry, 'seq' | 'action' | 'before' | 'after'>,
  technicallyLocked: boolean
): string {
  const { t } = ctx;
  if (!auditDetailVisible(entry.action, technicallyLocked)) return t('audit.sealed');
  const before = parsed(entry.before);
  let after = parsed(entry.after);
  const lines: string[] = [];
  // A post-close correction records its reason and the change (itself JSON) side by side.
  if (after && typeof after.reason === 'string' && typeof after.change === 'string') {
    lines.push(t('workbook.audit.set', { field: t('workbook.auditField.reason'), value: after.reason }));
    after = parsed(after.change);
  }
  if (!before || !after) {
    lines.push(t('workbook.audit.seeMachine', { seq: entry.seq }));
    return lines.join('\n');
  }
  let others = 0;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const was = before[key];
    const now = after[key];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const label: MessageKey | undefined = Object.hasOwn(auditFieldKey, key) ? auditFieldKey[key] : undefined;
    if (!label) {
      others++;
      continue;
    }
    lines.push(
      key in before
        ? t('workbook.audit.changed', {
            field: t(label),
            before: valueText(ctx, was, key),
            after: valueText(ctx, now, key)
          })
        : t('workbook.audit.set', { field: t(label), value: valueText(ctx, now, key) })
    );
  }
  if (others > 0) lines.push(t('workbook.audit.others', { count: others }));
  return lines.join('\n');
}
