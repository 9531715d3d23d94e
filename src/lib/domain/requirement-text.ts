/**
 * A requirement's wording in a document's language. A requirement made from a preset or a
 * catalogue entry carries our English wording beside the Japanese (`domainEn`, `titleEn`,
 * `textEn`); an English document uses it, field by field, and falls back to what the user typed
 * when there is none. A user who rewrites a field drops its English copy, which would no longer
 * translate it: the English document then shows the user's own words rather than a stale text.
 */
import type { DocumentLanguage, Requirement } from './model';

export interface RequirementWording {
  domain: string;
  title: string;
  text: string;
}

type Worded = Pick<Requirement, 'domain' | 'title' | 'text' | 'domainEn' | 'titleEn' | 'textEn'>;

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export function requirementText(requirement: Worded, language: DocumentLanguage): RequirementWording {
  const { domain, title, text } = requirement;
  if (language === 'ja') return { domain, title, text };
  return {
    domain: present(requirement.domainEn) ? requirement.domainEn : domain,
    title: present(requirement.titleEn) ? requirement.titleEn : title,
    text: present(requirement.textEn) ? requirement.textEn : text
  };
}

/** A requirement (or any record with one) with its wording in `language`, the rest as is. */
export function inLanguage<T extends Worded>(requirement: T, language: DocumentLanguage): T {
  return language === 'ja' ? requirement : { ...requirement, ...requirementText(requirement, language) };
}

export type EnglishWording = Pick<Requirement, 'domainEn' | 'titleEn' | 'textEn'>;

/**
 * The English copies that still translate the edited requirement: each is kept while the field it
 * translates is unchanged, and dropped (undefined) once the user has rewritten that field.
 */
export function englishAfterEdit(before: Worded, after: RequirementWording): EnglishWording {
  return {
    domainEn: after.domain === before.domain ? before.domainEn : undefined,
    titleEn: after.title === before.title ? before.titleEn : undefined,
    textEn: after.text === before.text ? before.textEn : undefined
  };
}

/**
 * The English copies to store after an edit. Where the form showed the English fields (`typed`, an
 * English-document procurement), what the user sees is what is stored: each field as typed, a blank
 * one removed (the document then falls back to the wording above it). Otherwise `englishAfterEdit`.
 */
export function englishWording(
  before: Worded,
  after: RequirementWording,
  typed: RequirementWording | null
): EnglishWording {
  if (!typed) return englishAfterEdit(before, after);
  const kept = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return { domainEn: kept(typed.domain), titleEn: kept(typed.title), textEn: kept(typed.text) };
}

/**
 * A bundle whose requirements (and the frozen copies in its criteria versions) are worded in
 * `language`, for building a document. Only for reading: hashes are never recomputed from it.
 */
export function bundleInLanguage<
  B extends {
    requirements: readonly Worded[];
    criteriaVersions: readonly { requirements: readonly Worded[] }[];
  }
>(bundle: B, language: DocumentLanguage): B {
  if (language === 'ja') return bundle;
  return {
    ...bundle,
    requirements: bundle.requirements.map((r) => inLanguage(r, language)),
    criteriaVersions: bundle.criteriaVersions.map((v) => ({
      ...v,
      requirements: v.requirements.map((r) => inLanguage(r, language))
    }))
  };
}
