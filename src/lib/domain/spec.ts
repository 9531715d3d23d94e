/**
 * The spec builder's rules, pure: searching the catalogues, turning catalogue entries and presets
 * into requirements, numbering, duplicate warnings and point totals per domain. The search
 * index is built once; filtering is a linear scan over prepared lower-case text, cheap enough to
 * run on every keystroke (see `npm run bench`).
 */
import type { Bilingual, Catalogue, CatalogueClause, CatalogueEntry, Crosswalk, Preset } from './catalogue';
import type { StampKey } from './versions';
import type { AppliesTo, DocumentLanguage, Requirement, RequirementKind } from './model';
import { findDuplicates } from './duplicates';
import { kindPoints, pointsOf } from './spec-points';

export type RequirementDraft = Omit<Requirement, 'id' | 'procurementId' | 'order' | StampKey>;

export interface IndexedEntry {
  entry: CatalogueEntry;
  catalogueId: string;
  clauseTitle: Bilingual;
  /** Licensed text the user imported for this entry, if any. */
  licensedText: string | null;
  haystack: string;
}

export interface CatalogueFilter {
  /** Catalogue ids to search; empty means all. */
  catalogueIds: readonly string[];
  clause: string | null;
  appliesTo: AppliesTo | null;
  /** Only entries with ISO/IEC 27017 cloud guidance or CLD controls. */
  cloudOnly: boolean;
  text: string;
}

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function indexCatalogues(
  catalogues: readonly Catalogue[],
  imported: readonly { entryId: string; text: string }[] = []
): IndexedEntry[] {
  const licensedTexts = new Map(imported.map((t) => [t.entryId, t.text]));
  const index: IndexedEntry[] = [];
  for (const catalogue of catalogues) {
    const clauses = new Map(catalogue.clauses.map((c) => [c.id, c.title]));
    for (const entry of catalogue.entries) {
      const licensedText = licensedTexts.get(entry.id) ?? null;
      index.push({
        entry,
        catalogueId: catalogue.id,
        clauseTitle: clauses.get(entry.clause) ?? { ja: entry.clause, en: entry.clause },
        licensedText,
        haystack: normalise(
          [
            entry.id,
            entry.code,
            entry.title.ja,
            entry.title.en,
            entry.question.ja,
            entry.question.en,
            licensedText ?? ''
          ].join('\n')
        )
      });
    }
  }
  return index;
}

export function filterEntries(index: readonly IndexedEntry[], filter: CatalogueFilter): IndexedEntry[] {
  const tokens = normalise(filter.text).split(/\s+/).filter(Boolean);
  const catalogues = filter.catalogueIds.length ? new Set(filter.catalogueIds) : null;
  return index.filter(
    ({ entry, catalogueId, haystack }) =>
      (!catalogues || catalogues.has(catalogueId)) &&
      (!filter.clause || entry.clause === filter.clause) &&
      (!filter.appliesTo || entry.appliesTo === filter.appliesTo || entry.appliesTo === 'both') &&
      (!filter.cloudOnly || entry.cloudGuidance || entry.cloudSpecific) &&
      tokens.every((token) => haystack.includes(token))
  );
}

/** The clauses of the chosen catalogues (all when none is chosen), each once, in catalogue order. */
export function clausesOf(catalogues: readonly Catalogue[], chosenIds: readonly string[]): CatalogueClause[] {
  const seen = new Map<string, CatalogueClause>();
  for (const c of catalogues) {
    if (chosenIds.length && !chosenIds.includes(c.id)) continue;
    for (const clause of c.clauses) if (!seen.has(clause.id)) seen.set(clause.id, clause);
  }
  return [...seen.values()];
}

export function entryIdsOf(catalogue: Catalogue | undefined): ReadonlySet<string> {
  return new Set(catalogue?.entries.map((e) => e.id) ?? []);
}

/** `R-001`, `R-002`, …: the next number after the highest used. */
export function nextRef(requirements: readonly Pick<Requirement, 'ref'>[], offset = 0): string {
  const highest = requirements.reduce((max, r) => {
    const match = /^R-(\d+)$/.exec(r.ref);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `R-${String(highest + 1 + offset).padStart(3, '0')}`;
}

/** Ids the crosswalks declare equal to `entryId` (e.g. the same control in 管理基準 and ISMAP). */
export function equivalents(entryId: string, crosswalks: readonly Crosswalk[]): string[] {
  const found = new Set<string>();
  for (const crosswalk of crosswalks) {
    for (const link of crosswalk.links) {
      if (link.strength !== 'equal') continue;
      if (link.from === entryId) found.add(link.to);
      if (link.to === entryId) found.add(link.from);
    }
  }
  found.delete(entryId);
  return [...found].sort();
}

export interface DraftDefaults {
  kind: RequirementKind;
  points: number;
  locale: 'ja' | 'en';
}

export function draftFromEntry(
  item: IndexedEntry,
  ref: string,
  crosswalks: readonly Crosswalk[],
  defaults: DraftDefaults
): RequirementDraft {
  const { entry } = item;
  return {
    ref,
    domain: `${entry.clause} ${item.clauseTitle[defaults.locale]}`,
    title: entry.title[defaults.locale],
    text: entry.question[defaults.locale],
    // Our own English paraphrase too, for English-language documents.
    domainEn: `${entry.clause} ${item.clauseTitle.en}`,
    titleEn: entry.title.en,
    textEn: entry.question.en,
    kind: defaults.kind,
    ...kindPoints(defaults.kind, defaults.points),
    appliesTo: entry.appliesTo,
    acceptedAttestations: [],
    controlRefs: [entry.id, ...equivalents(entry.id, crosswalks)],
    sourceRef: entry.id
  };
}

/**
 * The preset's requirements, renumbered after those already in the specification. They are worded
 * in the procurement's document language: an English-document procurement stores the preset's
 * English as its wording (so its audit trail, frozen criteria and documents read in English), and
 * keeps the English copies as well.
 */
export function draftsFromPreset(
  preset: Preset,
  existing: readonly Pick<Requirement, 'ref'>[],
  language: DocumentLanguage = 'ja'
): RequirementDraft[] {
  return preset.requirements.map((r, i) => ({
    ref: existing.length ? nextRef(existing, i) : r.ref,
    ...(language === 'en'
      ? { domain: r.domainEn, title: r.titleEn, text: r.textEn }
      : { domain: r.domain, title: r.title, text: r.text }),
    domainEn: r.domainEn,
    titleEn: r.titleEn,
    textEn: r.textEn,
    kind: r.kind,
    // A preset file keeps one `points` per item, the points of its kind.
    ...kindPoints(r.kind, r.points),
    appliesTo: r.appliesTo,
    acceptedAttestations: [...r.acceptedAttestations],
    controlRefs: [...r.controlRefs],
    sourceRef: r.sourceRef
  }));
}

export type DuplicateReason = 'sameSource' | 'sameTitle';

/**
 * Requirements that look like another one in the specification, with why: the rule of
 * `domain/duplicates.ts` (the same catalogue control, or near-identical wording), which the
 * criteria lock asks to resolve or keep with a reason.
 */
export function duplicateWarnings(requirements: readonly Requirement[]): Map<string, DuplicateReason> {
  const warnings = new Map<string, DuplicateReason>();
  const pairs = findDuplicates(requirements);
  for (const pair of pairs) {
    if (pair.reason !== 'similarText') continue;
    warnings.set(pair.first.id, 'sameTitle');
    warnings.set(pair.second.id, 'sameTitle');
  }
  for (const pair of pairs) {
    if (pair.reason !== 'sameControl') continue;
    warnings.set(pair.first.id, 'sameSource');
    warnings.set(pair.second.id, 'sameSource');
  }
  return warnings;
}

export interface DomainTotal {
  domain: string;
  mandatory: number;
  scored: number;
}

/** Points per domain (基礎点 and 加点 apart), in order of first appearance, and overall. */
export function pointsByDomain(requirements: readonly Requirement[]): {
  domains: DomainTotal[];
  mandatory: number;
  scored: number;
} {
  const domains = new Map<string, DomainTotal>();
  const ordered = [...requirements].sort((a, b) => a.order - b.order);
  for (const r of ordered) {
    const total = domains.get(r.domain) ?? { domain: r.domain, mandatory: 0, scored: 0 };
    total[r.kind] += pointsOf(r);
    domains.set(r.domain, total);
  }
  const list = [...domains.values()];
  return {
    domains: list,
    mandatory: list.reduce((s, d) => s + d.mandatory, 0),
    scored: list.reduce((s, d) => s + d.scored, 0)
  };
}

/** Id of the catalogue built from the user's own CAIQ workbook. */
export const USER_CAIQ_ID = 'caiq-v4-user';

/**
 * A catalogue from the questions of a CAIQ v4 workbook the user owns. The question text stays
 * on this machine; its first words serve as the title.
 */
export function catalogueFromCaiq(
  entries: readonly { code: string; domain: string; question: string }[]
): Catalogue {
  const clauses = new Map<string, string>();
  for (const e of entries) {
    const clause = e.code.split('-')[0]!;
    if (!clauses.has(clause)) clauses.set(clause, e.domain || clause);
  }
  const short = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);
  return {
    schemaVersion: 1,
    id: USER_CAIQ_ID,
    prefix: 'caiq',
    name: { ja: 'CSA CAIQ v4（利用者が読み込んだもの）', en: 'CSA CAIQ v4 (imported by you)' },
    edition: '4',
    publisher: 'Cloud Security Alliance',
    licence: 'user-import-only',
    licenceNote: {
      ja: '利用者が保有するファイルから読み込んだもので、この端末内にのみ保存されます。',
      en: 'Read from a file you hold; kept on this machine only.'
    },
    clauses: [...clauses].map(([id, title]) => ({ id, title: { ja: title, en: title } })),
    entries: entries.map((e) => ({
      id: `caiq:${e.code}`,
      code: e.code,
      clause: e.code.split('-')[0]!,
      title: { ja: short(e.question), en: short(e.question) },
      question: { ja: e.question, en: e.question },
      cloudGuidance: false,
      cloudSpecific: false,
      appliesTo: 'csp',
      confidence: 'medium'
    }))
  };
}
