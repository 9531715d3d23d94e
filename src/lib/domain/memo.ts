/**
 * The decision memo (選定理由書) as structured data: what was procured and how it was scored, the
 * committee, the ranking, the selected vendor (first rank) with its figures, the items that separate
 * it from the second and its evidence, why each other vendor ranked lower or was disqualified, the
 * disagreements and consensus records, the stability of the first place, the open points (each with
 * the place in the app where it is settled) and the corrections made after the technical lock. Pure:
 * the date, the attestation statuses and the stability shares are passed in. The UI words it from
 * messages, dating it in the procurement's document date style.
 */
import { statusOnDates, type AttestationStatus } from './attestation-status';
import type { AttestationTypeInfo } from './catalogue';
import { latestVersion } from './criteria';
import { writtenLevelPoints } from './level-points';
import { exactText } from './formula-preview';
import { documentDateStyle } from './document-dates';
import { documentLocale } from './document-language';
import { inLanguage } from './requirement-text';
import { correctionsFrom, nameCorrections, type NamedCorrection } from './corrections';
import type {
  DocumentLanguage,
  LevelPoints,
  Attestation,
  AttestationType,
  Criticality,
  DocumentDateStyle,
  EvaluatorRole,
  Id,
  IsoDate,
  ProcurementBundle,
  ScoringSettings,
  SubserviceMethod,
  Verdict,
  RegisterOutcomeKind
} from './model';
import { publishedText } from './explain-terms';
import { tieRecords, type MemoTie } from './memo-ties';

export { tieRecords, type MemoTie };
import { buyerObligations, type Obligation } from './obligations';
import { documentSettings, type DocumentSettings } from './buyer-fields';
import { domainWeightsOf, weightsOf, type DomainWeight, type Weights } from './weights';
import { exceptionReaches, qualificationsFor, qualifiedCriteria } from './soc2-exceptions';
import { priceMethodPublishes, rankFigureOf } from './price';
import { rankingRows, type RankingRow } from './ranking-rows';
import { byPosition, cellKey, latestConsensus } from './records';
import { compare, sub, toNumber, type Rational } from './rounding';
import { scoringInputOf } from './scoring-input';
import type { Disagreement, ScoringResult, SettingsIssue, VendorResult } from './scoring';

/** An attestation's status on the bid deadline (or today) and at the end of the contract. */
export interface EvidenceStatus {
  atDeadline: AttestationStatus;
  atContractEnd: AttestationStatus | null;
}

export interface MemoInput {
  bundle: ProcurementBundle;
  result: ScoringResult;
  /** By attestation id; an attestation without an entry has no status (its type's rule unknown). */
  statuses: Readonly<Record<Id, EvidenceStatus>>;
  /** The memo's date. */
  date: IsoDate;
  /** Share (0 … 1) of the stability draws each vendor came first in, when they were run. */
  firstPlaceShare?: Readonly<Record<Id, number>> | null;
}

export interface MemoEvidence {
  attestationId: Id;
  type: AttestationType;
  number: string;
  issuer: string;
  status: EvidenceStatus | null;
  /** Checked against its register, and found (a status may hide this behind a worse one). */
  verified: boolean;
  /** The register check behind the verification record, when it came from a register snapshot. */
  register: { outcome: RegisterOutcomeKind; sha256: string } | null;
  /** Refs of the requirements the qualification reaches (the report is no evidence for them). */
  qualifiedRefs: string[];
  /** The criteria a qualified opinion qualifies (`soc2-exceptions.ts`); empty for any other opinion. */
  qualifiedCriteria: string[];
  /** Each reported exception, with the refs of the requirements it reaches. */
  exceptions: MemoException[];
  /** The period the report covers to, extended by a bridge letter to its own date. */
  bridgeLetter: { issuedOn: IsoDate; coversUntil: IsoDate } | null;
}

export interface MemoException {
  criterion: string;
  description: string;
  testResult: string;
  managementResponse: string;
  /** Refs of the requirements the exception reaches, in specification order. */
  refs: string[];
}

export interface MemoSubcontractor {
  name: string;
  role: string;
  criticality: Criticality;
  subserviceMethod: SubserviceMethod;
  evidence: MemoEvidence[];
}

/** At most this many separating items are named: the memo gives reasons, not the whole score sheet. */
export const SEPARATING_ITEMS_MAX = 5;

/** A scored item where the first scored higher than the second, by weighted score (配点 × 係数). */
export interface SeparatingItem {
  requirementId: Id;
  ref: string;
  title: string;
  score: string;
  runnerUpScore: string;
  /** First − second. */
  difference: string;
}

export interface MemoSelected {
  row: RankingRow;
  /** The second-ranked vendor's company; null when no other vendor is ranked. */
  runnerUp: string | null;
  /** The largest differences first, at most `SEPARATING_ITEMS_MAX`. */
  separatingItems: SeparatingItem[];
  /** How many scored items the first leads the second on, named or not. */
  separatingCount: number;
  evidence: MemoEvidence[];
  subcontractors: MemoSubcontractor[];
}

/** How far a lower-ranked vendor is behind the selected one (published figures subtracted). */
export interface MemoGap {
  /** 総合評価点 or 評価値. */
  total: string;
  technical: string;
  /** 加算方式 only. */
  price: string | null;
}

export interface MemoOther {
  row: RankingRow;
  /** Null for an unranked vendor: its reasons say why. */
  gap: MemoGap | null;
}

export interface MemoDisagreement {
  company: string;
  ref: string;
  title: string;
  kind: Disagreement['kind'];
  steps: number;
  resolved: boolean;
}

export interface MemoConsensus {
  company: string;
  ref: string;
  title: string;
  level: string | null;
  verdict: Verdict | null;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export type OpenPoint =
  | { code: 'criteriaNotLocked' }
  | { code: 'technicalNotLocked' }
  | { code: 'noSelection' }
  | { code: 'settingsIssue'; issue: SettingsIssue }
  | { code: 'missingGrades'; count: number }
  | { code: 'missingRationales'; count: number }
  | { code: 'missingBid'; company: string }
  | { code: 'lowBidPending'; company: string }
  | { code: 'unresolvedTie'; companies: string[] }
  | { code: 'unresolvedDisagreement'; company: string; ref: string }
  | {
      code: 'evidenceNotValid';
      holder: string;
      type: AttestationType;
      status: AttestationStatus;
      when: 'deadline' | 'contractEnd';
    }
  | { code: 'evidenceWithoutStatus'; holder: string; type: AttestationType }
  | { code: 'evidenceNotVerified'; holder: string; type: AttestationType }
  | {
      code: 'evidenceRegisterOutcome';
      /** The vendor whose claim it is; `holder` is the vendor itself or, `ofSubcontractor`, one of its 委託先. */
      company: string;
      holder: string;
      ofSubcontractor: boolean;
      type: AttestationType;
      number: string;
      outcome: Exclude<RegisterOutcomeKind, 'confirmed'>;
      sha256: string;
    }
  | { code: 'criticalSubcontractorUncovered'; company: string; name: string; role: string }
  | {
      code: 'evidenceException';
      holder: string;
      type: AttestationType;
      criterion: string;
      description: string;
      refs: string[];
    }
  | { code: 'evidenceQualified'; holder: string; type: AttestationType; criteria: string[]; refs: string[] }
  | { code: 'carveOutWithoutReport'; company: string; name: string; linked: boolean };

/** Where in the app an open point is settled. */
export type OpenPointPlace = 'criteria' | 'grading' | 'priceOpening' | 'ties' | 'evidence';

const OPEN_POINT_PLACE: Record<OpenPoint['code'], OpenPointPlace> = {
  criteriaNotLocked: 'criteria',
  settingsIssue: 'criteria',
  technicalNotLocked: 'grading',
  missingGrades: 'grading',
  missingRationales: 'grading',
  unresolvedDisagreement: 'grading',
  missingBid: 'priceOpening',
  lowBidPending: 'priceOpening',
  noSelection: 'ties',
  unresolvedTie: 'ties',
  evidenceNotValid: 'evidence',
  evidenceWithoutStatus: 'evidence',
  evidenceNotVerified: 'evidence',
  evidenceRegisterOutcome: 'evidence',
  criticalSubcontractorUncovered: 'evidence',
  evidenceException: 'evidence',
  evidenceQualified: 'evidence',
  carveOutWithoutReport: 'evidence'
};

/** The page where the point is settled, so the memo can say where to go. */
export function openPointPlace(point: OpenPoint): OpenPointPlace {
  return OPEN_POINT_PLACE[point.code];
}

export interface DecisionMemo {
  title: string;
  organisation: string;
  date: IsoDate;
  /** How the memo writes its dates (`documentDateStyle`). */
  dateStyle: DocumentDateStyle;
  /** The language the memo is written in (`documentLocale`); requirement titles are already in it. */
  language: DocumentLanguage;
  bidDeadline: IsoDate | null;
  contractStart: IsoDate | null;
  contractEnd: IsoDate | null;
  criteria: { version: number; hash: string; lockedAt: string; lockedBy: string } | null;
  settings: ScoringSettings;
  /**
   * The scored items that state points per level (as written, in rubric order) or exclude at their
   * lowest level (評価項目の足切り), in specification order.
   */
  itemRules: { ref: string; title: string; levelPoints: LevelPoints[] | null; excludeAtLowest: boolean }[];
  /** 基準評価値 as published (除算方式); null too where the memo does not state it (`documentSettings`). */
  referenceValue: string | null;
  /** Which buyer-dependent settings the memo states (`documentSettings`). */
  stated: DocumentSettings;
  /**
   * The points as weights (`weights.ts`): the 技術点 maximum, 技術点:価格点, and each domain's and
   * requirement's share of the maximum, domains worded in the memo's language.
   */
  weights: { technicalMax: number; price: Weights['price']; domains: DomainWeight[] };
  committee: { name: string; role: EvaluatorRole; submittedAt: string | null }[];
  ranking: RankingRow[];
  selected: MemoSelected | null;
  others: MemoOther[];
  ties: MemoTie[];
  disagreements: MemoDisagreement[];
  consensus: MemoConsensus[];
  /** Vendors by share of first places, highest first; null when not run. */
  stability: { company: string; share: number }[] | null;
  openPoints: OpenPoint[];
  /** 締切後の訂正: changes made to frozen records after the technical lock, oldest first. */
  corrections: NamedCorrection[];
  /**
   * What the buyer takes on by choosing the selected vendor: the CUECs of its and its subcontractors' reports,
   * each with the report it comes from. Empty without a selection.
   */
  obligations: Obligation[];
}

/**
 * Every attestation's status on the dates of the procurement; `today` stands in for a missing bid
 * deadline. An attestation whose type has no rules, or whose dates are malformed, is left out.
 */
export function evidenceStatuses(
  bundle: ProcurementBundle,
  types: readonly AttestationTypeInfo[],
  today: IsoDate
): Record<Id, EvidenceStatus> {
  const { bidDeadline, contractEnd } = bundle.procurement;
  const out: Record<Id, EvidenceStatus> = {};
  for (const a of bundle.attestations) {
    const info = types.find((t) => t.type === a.type);
    if (!info) continue;
    try {
      const s = statusOnDates(a, info, { bidDeadline, contractEnd }, today);
      out[a.id] = { atDeadline: s.atDeadline.status, atContractEnd: s.atContractEnd?.status ?? null };
    } catch {
      // A malformed date in an old record: no status rather than a broken memo.
    }
  }
  return out;
}

const diff = (a: Rational, b: Rational): string => exactText(sub(a, b));

export function buildMemo({ bundle, result, statuses, date, firstPlaceShare }: MemoInput): DecisionMemo {
  const input = scoringInputOf(bundle);
  const { settings } = input;
  const { procurement } = bundle;
  const language = documentLocale(procurement);
  // Requirement titles in the memo's language (our English wording where the requirement has it).
  const requirements = input.requirements.map((r) => inLanguage(r, language));
  const version = latestVersion(bundle.criteriaVersions);
  const rows = rankingRows(result, bundle.vendors, settings);
  const company = (id: Id) => bundle.vendors.find((v) => v.id === id)?.company ?? '';
  const requirement = (id: Id) => requirements.find((r) => r.id === id);
  const resultOf = new Map(result.vendors.map((v) => [v.vendorId, v]));

  const ordered = [...input.requirements].sort(byPosition);
  const refsReached = (reaches: (r: (typeof ordered)[number]) => boolean) =>
    ordered.filter(reaches).map((r) => r.ref);
  const evidenceOf = (vendorId: Id, subcontractorId: Id | null): MemoEvidence[] =>
    bundle.attestations
      .filter((a: Attestation) => a.vendorId === vendorId && a.subcontractorId === subcontractorId)
      .map((a) => ({
        qualifiedCriteria: qualifiedCriteria(a),
        exceptions: a.exceptions.map((x) => ({
          criterion: x.criterion,
          description: x.description,
          testResult: x.testResult,
          managementResponse: x.managementResponse,
          refs: refsReached((r) => exceptionReaches(x, r))
        })),
        bridgeLetter: a.bridgeLetter,
        qualifiedRefs: refsReached((r) => qualificationsFor(a, r).length > 0),
        attestationId: a.id,
        type: a.type,
        number: a.number,
        issuer: a.issuer,
        status: statuses[a.id] ?? null,
        verified: a.verification?.result === 'confirmed',
        register: a.verification?.register
          ? { outcome: a.verification.register.outcome, sha256: a.verification.register.sha256 }
          : null
      }));

  const winnerId = result.ranking[0] ?? null;
  const winner = winnerId === null ? undefined : resultOf.get(winnerId);
  const firstRow = rows[0];
  const settled = winner && firstRow && !winner.tie;
  let selected: MemoSelected | null = null;
  if (settled && winner) {
    // The bundle holds them in order (`loadBundle`).
    const subcontractors = bundle.subcontractors
      .filter((s) => s.vendorId === winner.vendorId)
      .map((s) => ({
        name: s.name,
        role: s.role,
        criticality: s.criticality,
        subserviceMethod: s.subserviceMethod,
        evidence: evidenceOf(winner.vendorId, s.id)
      }));
    const runnerUpId = result.ranking[1];
    const runnerUp = runnerUpId === undefined ? undefined : resultOf.get(runnerUpId);
    const separating = runnerUp ? separatingItems(winner, runnerUp, requirements) : [];
    selected = {
      row: firstRow,
      runnerUp: runnerUp ? company(runnerUp.vendorId) : null,
      separatingItems: separating.slice(0, SEPARATING_ITEMS_MAX),
      separatingCount: separating.length,
      evidence: evidenceOf(winner.vendorId, null),
      subcontractors
    };
  }

  const rankKey = (v: VendorResult) => rankFigureOf(v, settings);
  const others: MemoOther[] = rows
    .filter((row) => !selected || row.vendorId !== selected.row.vendorId)
    .map((row) => {
      const v = resultOf.get(row.vendorId)!;
      const top = selected && winner;
      if (!top || v.rank === null) return { row, gap: null };
      const [a, b] = [rankKey(winner), rankKey(v)];
      const [ta, tb] = [winner.technicalPoints, v.technicalPoints];
      if (!a || !b || !ta || !tb) return { row, gap: null };
      const price =
        priceMethodPublishes(settings).pricePoints && winner.pricePoints && v.pricePoints
          ? diff(winner.pricePoints.rounded, v.pricePoints.rounded)
          : null;
      return {
        row,
        gap: { total: diff(a.rounded, b.rounded), technical: diff(ta.rounded, tb.rounded), price }
      };
    });

  const ties = tieRecords(bundle, result);

  const disagreements: MemoDisagreement[] = result.disagreements.map((d) => ({
    company: company(d.vendorId),
    ref: requirement(d.requirementId)?.ref ?? '',
    title: requirement(d.requirementId)?.title ?? '',
    kind: d.kind,
    steps: d.steps,
    resolved: d.resolved
  }));

  const latest = latestConsensus(bundle.consensus);
  const consensus: MemoConsensus[] = bundle.consensus
    .filter((c) => resultOf.has(c.vendorId) && requirement(c.requirementId))
    .filter((c) => latest.get(cellKey(c.vendorId, c.requirementId)) === c)
    .map((c) => ({
      company: company(c.vendorId),
      ref: requirement(c.requirementId)!.ref,
      title: requirement(c.requirementId)!.title,
      level: c.level,
      verdict: c.verdict,
      reason: c.reason,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt
    }))
    .sort((a, b) => a.company.localeCompare(b.company) || a.ref.localeCompare(b.ref));

  const stability = firstPlaceShare
    ? Object.entries(firstPlaceShare)
        .map(([id, share]) => ({ company: company(id), share }))
        .sort((a, b) => b.share - a.share || a.company.localeCompare(b.company))
    : null;

  return {
    title: procurement.title,
    organisation: procurement.organisation,
    date,
    dateStyle: documentDateStyle(procurement),
    language,
    bidDeadline: procurement.bidDeadline,
    contractStart: procurement.contractStart,
    contractEnd: procurement.contractEnd,
    criteria: version
      ? {
          version: version.version,
          hash: version.hash,
          lockedAt: version.lockedAt,
          lockedBy: version.lockedBy
        }
      : null,
    settings,
    itemRules: [...requirements].sort(byPosition).flatMap((r) => {
      const written = writtenLevelPoints(r, settings.rubric);
      const levelPoints = written && settings.rubric.map((l, i) => ({ code: l.code, points: written[i]! }));
      const excludeAtLowest = r.kind === 'scored' && r.excludeAtLowest === true;
      return levelPoints || excludeAtLowest
        ? [{ ref: r.ref, title: r.title, levelPoints, excludeAtLowest }]
        : [];
    }),
    weights: (() => {
      const w = weightsOf(requirements, settings);
      return {
        technicalMax: toNumber(w.technicalMax),
        price: w.price,
        domains: domainWeightsOf(w, requirements)
      };
    })(),
    stated: documentSettings(procurement.buyerKind, settings),
    referenceValue:
      result.referenceValue && documentSettings(procurement.buyerKind, settings).referenceValue
        ? publishedText(result.referenceValue, settings, 'referenceValue')
        : null,
    // The bundle holds them in order (`loadBundle`).
    committee: bundle.evaluators.map((e) => ({ name: e.name, role: e.role, submittedAt: e.submittedAt })),
    ranking: rows,
    selected,
    others,
    ties,
    disagreements,
    consensus,
    stability,
    openPoints: [
      ...openPoints(bundle, result, selected, company, requirement),
      ...otherRegisterPoints(bundle, rows, selected, evidenceOf)
    ],
    corrections: nameCorrections(bundle, correctionsFrom(bundle.audit)),
    obligations:
      selected && winnerId !== null ? buyerObligations(bundle).filter((o) => o.vendorId === winnerId) : []
  };
}

/**
 * The scored items where the first's weighted score (配点 × 係数) is above the second's, the largest
 * difference first (equal differences in the order of the criteria). These are the items that
 * decided between them; an item where both scored alike, or the second led, is no reason.
 */
export function separatingItems(
  first: Pick<VendorResult, 'scored'>,
  second: Pick<VendorResult, 'scored'>,
  requirements: readonly { id: Id; title: string }[]
): SeparatingItem[] {
  const items: { item: SeparatingItem; difference: Rational }[] = [];
  for (const mine of first.scored) {
    const theirs = second.scored.find((s) => s.requirementId === mine.requirementId)?.score ?? null;
    if (!mine.score || !theirs) continue;
    if (compare(mine.score, theirs) <= 0) continue;
    const difference = sub(mine.score, theirs);
    items.push({
      difference,
      item: {
        requirementId: mine.requirementId,
        ref: mine.ref,
        title: requirements.find((r) => r.id === mine.requirementId)?.title ?? '',
        score: exactText(mine.score),
        runnerUpScore: exactText(theirs),
        difference: exactText(difference)
      }
    });
  }
  // Array.prototype.sort is stable: equal differences keep the criteria order of `first.scored`.
  return items.sort((a, b) => compare(b.difference, a.difference)).map((x) => x.item);
}

function openPoints(
  bundle: ProcurementBundle,
  result: ScoringResult,
  selected: MemoSelected | null,
  company: (id: Id) => string,
  requirement: (id: Id) => { ref: string } | undefined
): OpenPoint[] {
  const points: OpenPoint[] = [];
  if (bundle.criteriaVersions.length === 0) points.push({ code: 'criteriaNotLocked' });
  if (bundle.procurement.technicalLock === null) points.push({ code: 'technicalNotLocked' });
  for (const issue of result.settingsIssues) points.push({ code: 'settingsIssue', issue });
  const grades = result.missing.filter((m) => m.what === 'grade').length;
  const rationales = result.missing.length - grades;
  if (grades) points.push({ code: 'missingGrades', count: grades });
  if (rationales) points.push({ code: 'missingRationales', count: rationales });
  for (const v of result.vendors) {
    if (v.reasons.some((r) => r.code === 'missingBid'))
      points.push({ code: 'missingBid', company: company(v.vendorId) });
    if (v.lowBid?.outcome === 'pending') points.push({ code: 'lowBidPending', company: company(v.vendorId) });
  }
  for (const t of result.ties) {
    if (t.winnerId === null) points.push({ code: 'unresolvedTie', companies: t.vendorIds.map(company) });
  }
  for (const d of result.disagreements) {
    if (!d.resolved) {
      points.push({
        code: 'unresolvedDisagreement',
        company: company(d.vendorId),
        ref: requirement(d.requirementId)?.ref ?? ''
      });
    }
  }
  if (!selected) points.push({ code: 'noSelection' });
  else points.push(...evidencePoints(selected), ...carveOutPoints(bundle, selected));
  return points;
}

/** A register check that did not confirm (未掲載 · 内容不一致 · 期限切れ · 取消), with its snapshot. */
function registerPoint(company: string, holder: string | null, e: MemoEvidence): OpenPoint | null {
  const outcome = e.register?.outcome;
  if (!e.register || !outcome || outcome === 'confirmed') return null;
  return {
    code: 'evidenceRegisterOutcome',
    company,
    holder: holder ?? company,
    ofSubcontractor: holder !== null,
    type: e.type,
    number: e.number,
    outcome,
    sha256: e.register.sha256
  };
}

/**
 * The register outcomes of every other vendor that bid (its own attestations and its 委託先's), in
 * the order of the ranking: a 内容不一致 or 取消 on a lower-ranked vendor is still something the
 * committee has to have seen, and the workbook's 証跡台帳 lists it too. A withdrawn vendor is left out.
 */
function otherRegisterPoints(
  bundle: ProcurementBundle,
  rows: readonly RankingRow[],
  selected: MemoSelected | null,
  evidenceOf: (vendorId: Id, subcontractorId: Id | null) => MemoEvidence[]
): OpenPoint[] {
  const points: OpenPoint[] = [];
  for (const row of rows) {
    if (row.vendorId === selected?.row.vendorId || row.bidStatus === 'withdrawn') continue;
    const holders: [string | null, MemoEvidence[]][] = [
      [null, evidenceOf(row.vendorId, null)],
      ...bundle.subcontractors
        .filter((s) => s.vendorId === row.vendorId)
        .map((s): [string, MemoEvidence[]] => [s.name, evidenceOf(row.vendorId, s.id)])
    ];
    for (const [holder, evidence] of holders) {
      for (const e of evidence) {
        const point = registerPoint(row.company, holder, e);
        if (point) points.push(point);
      }
    }
  }
  return points;
}

/**
 * What an auditor asks of the selected vendor's evidence: each attestation not valid on the bid
 * deadline, and again at the contract end when it is worse in another way then; each one not
 * verified against its register, even when a worse status hides it; and each critical 委託先 that
 * no valid attestation of its own covers, unless the vendor's report includes it (一体方式).
 */
function evidencePoints(selected: MemoSelected): OpenPoint[] {
  const points: OpenPoint[] = [];
  const holders: [string, MemoEvidence[], boolean][] = [
    [selected.row.company, selected.evidence, false],
    ...selected.subcontractors.map((s): [string, MemoEvidence[], boolean] => [s.name, s.evidence, true])
  ];
  for (const [holder, evidence, ofSubcontractor] of holders) {
    for (const e of evidence) {
      if (!e.status) {
        points.push({ code: 'evidenceWithoutStatus', holder, type: e.type });
        continue;
      }
      const { atDeadline, atContractEnd } = e.status;
      if (atDeadline !== 'valid') {
        points.push({ code: 'evidenceNotValid', holder, type: e.type, status: atDeadline, when: 'deadline' });
      }
      if (atContractEnd !== null && atContractEnd !== 'valid' && atContractEnd !== atDeadline) {
        points.push({
          code: 'evidenceNotValid',
          holder,
          type: e.type,
          status: atContractEnd,
          when: 'contractEnd'
        });
      }
      const shownUnverified = atDeadline === 'unverified' || atContractEnd === 'unverified';
      const register = registerPoint(selected.row.company, ofSubcontractor ? holder : null, e);
      if (register) points.push(register);
      else if (!e.verified && !shownUnverified) {
        points.push({ code: 'evidenceNotVerified', holder, type: e.type });
      }
      // A qualified opinion and each exception: what the report does not vouch for, and where it bites.
      if (e.qualifiedCriteria.length > 0) {
        points.push({
          code: 'evidenceQualified',
          holder,
          type: e.type,
          criteria: e.qualifiedCriteria,
          refs: e.qualifiedRefs
        });
      }
      for (const x of e.exceptions) {
        points.push({
          code: 'evidenceException',
          holder,
          type: e.type,
          criterion: x.criterion,
          description: x.description,
          refs: x.refs
        });
      }
    }
  }
  for (const s of selected.subcontractors) {
    if (s.criticality !== 'critical' || s.subserviceMethod === 'inclusive') continue;
    if (s.evidence.some((e) => e.status?.atDeadline === 'valid')) continue;
    points.push({
      code: 'criticalSubcontractorUncovered',
      company: selected.row.company,
      name: s.name,
      role: s.role
    });
  }
  return points;
}

/**
 * Each subservice organisation the selected vendor's own reports carve out (除外方式) with no report or certificate
 * of its own on file: the buyer relies on controls nobody has vouched for. Linked ones by their subcontractor
 * record, unlinked ones by the name in the report; each once.
 */
function carveOutPoints(bundle: ProcurementBundle, selected: MemoSelected): OpenPoint[] {
  const vendorId = selected.row.vendorId;
  const subs = bundle.subcontractors.filter((s) => s.vendorId === vendorId);
  const held = new Set(bundle.attestations.map((a) => a.subcontractorId));
  const key = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Set<string>();
  const points: OpenPoint[] = [];
  for (const a of bundle.attestations) {
    if (a.vendorId !== vendorId || a.subcontractorId !== null) continue;
    for (const o of a.subserviceOrganisations) {
      if (o.method !== 'carveOut') continue;
      const sub = o.subcontractorId
        ? subs.find((s) => s.id === o.subcontractorId)
        : subs.find((s) => key(s.name) === key(o.name));
      if (sub && held.has(sub.id)) continue;
      const id = sub ? `id|${sub.id}` : `name|${key(o.name)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      points.push({
        code: 'carveOutWithoutReport',
        company: selected.row.company,
        name: sub?.name ?? o.name,
        linked: o.subcontractorId !== null
      });
    }
  }
  return points;
}
