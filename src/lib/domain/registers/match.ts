/**
 * Checks a claimed attestation (the vendor's or a 委託先's) against one register snapshot.
 * By number first: the claim's number, compared on its letters and digits (full-width digits,
 * hyphens, dashes, spaces and case forgiven). Without a number on the register, by the company
 * name without its legal form, and the service name when both sides give one. A name that is
 * only near (a character off, or one inside the other) is never a match: it is reported as
 * 内容不一致 with both names side by side, for the buyer to judge.
 *
 * Outcomes: `confirmed` (登録簿で確認), `notListed` (未掲載), `mismatch` (内容不一致, the fields
 * that differ), `expired` (期限切れ: the register says so, or its 有効期限 is before the reference
 * date) and `revoked` (取消 on the register).
 */
import type { AttestationType, IsoDate, RegisterOutcomeKind } from '../model';
import type { RegisterLayout } from './layout';
import { companyKey, nearNameTest, numberKey, serviceKey } from './normalise';
import type { RegisterEntry } from './parse';

export { REGISTER_OUTCOMES, type RegisterOutcomeKind } from '../model';

export const REGISTER_FIELDS = ['number', 'company', 'service', 'expiry', 'scope'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** One field that differs: the claim's value beside the register's. */
export interface FieldDifference {
  field: RegisterField;
  claimed: string;
  registered: string;
}

/** What is claimed, as the matcher needs it. */
export interface RegisterClaim {
  type: AttestationType;
  number: string;
  /** The holder: the vendor's company or the 委託先's name. */
  company: string;
  /** Service names in the claim's scope (and the vendor's offered service). */
  services: string[];
  expiry: IsoDate | null;
  /** ISO/IEC 27017 add-on (ISMSクラウドセキュリティ認証) claimed. */
  cloudAddOn: boolean;
}

export interface RegisterOutcome {
  kind: RegisterOutcomeKind;
  /** How the entry was found: by number, by (exact normalised) name, or only a near name. */
  matchedBy: 'number' | 'name' | 'nearName' | null;
  /** The register entry found, null for 未掲載. */
  entry: RegisterEntry | null;
  differences: FieldDifference[];
}

/** An index of one snapshot's entries, built once and used for every claim. */
export interface RegisterIndex {
  layout: Pick<RegisterLayout, 'id' | 'attestationTypes'>;
  byNumber: Map<string, RegisterEntry[]>;
  byCompany: Map<string, RegisterEntry[]>;
  companyKeys: string[];
  /** Company keys by each two-character piece they contain, and by their first piece (built on first use). */
  bigrams?: { anywhere: Map<string, string[]>; first: Map<string, string[]> };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexRegister(
  layout: Pick<RegisterLayout, 'id' | 'attestationTypes'>,
  entries: readonly RegisterEntry[]
): RegisterIndex {
  const byNumber = new Map<string, RegisterEntry[]>();
  const byCompany = new Map<string, RegisterEntry[]>();
  for (const entry of entries) {
    const number = numberKey(entry.number);
    if (number) push(byNumber, number, entry);
    const company = companyKey(entry.company);
    if (company) push(byCompany, company, entry);
  }
  return { layout, byNumber, byCompany, companyKeys: [...byCompany.keys()] };
}

const bigramsOf = (key: string): string[] =>
  Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => key.slice(i, i + 2));

function bigramIndex(index: RegisterIndex): NonNullable<RegisterIndex['bigrams']> {
  if (index.bigrams) return index.bigrams;
  const anywhere = new Map<string, string[]>();
  const first = new Map<string, string[]>();
  for (const key of index.companyKeys) {
    for (const bigram of new Set(bigramsOf(key))) push(anywhere, bigram, key);
    if (key.length >= 2) push(first, key.slice(0, 2), key);
  }
  return (index.bigrams = { anywhere, first });
}

/**
 * The company keys that may be near `key` (see `nearNameTest`): those sharing the first two
 * characters of one of its pigeonhole pieces, of `key` itself (it inside them), or whose own first
 * two characters occur in `key` (they inside it). A short key (under 6 characters) is compared with
 * every name.
 */
function nearCandidates(index: RegisterIndex, key: string): Iterable<string> {
  if (key.length < 6) return index.companyKeys;
  const { anywhere, first } = bigramIndex(index);
  const out = new Set<string>();
  const add = (keys: readonly string[] | undefined) => keys?.forEach((k) => out.add(k));
  const max = key.length >= 8 ? 2 : 1;
  const size = Math.floor(key.length / (max + 1));
  for (let p = 0; p <= max; p++) add(anywhere.get(key.slice(p * size, p * size + 2)));
  for (const bigram of bigramsOf(key)) add(first.get(bigram));
  return out;
}

function findNear(index: RegisterIndex, key: string): string | undefined {
  const near = nearNameTest(key);
  for (const candidate of nearCandidates(index, key)) if (near(candidate)) return candidate;
  return undefined;
}

/** Whether this register proves this kind of claim. */
export function registerCovers(index: RegisterIndex, type: AttestationType): boolean {
  return index.layout.attestationTypes.includes(type);
}

function serviceMatches(claim: RegisterClaim, entry: RegisterEntry): boolean {
  const registered = serviceKey(entry.service);
  if (registered === '') return true;
  const claimed = claim.services.map(serviceKey).filter(Boolean);
  return claimed.length === 0 || claimed.includes(registered);
}

const CLOUD_STANDARD = /27017|クラウド|cloud/i;

/** The fields of a found entry that differ from the claim. */
function differences(claim: RegisterClaim, entry: RegisterEntry): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (
    numberKey(claim.number) !== '' &&
    numberKey(entry.number) !== '' &&
    numberKey(claim.number) !== numberKey(entry.number)
  ) {
    out.push({ field: 'number', claimed: claim.number, registered: entry.number });
  }
  if (companyKey(claim.company) !== companyKey(entry.company)) {
    out.push({ field: 'company', claimed: claim.company, registered: entry.company });
  }
  if (!serviceMatches(claim, entry)) {
    out.push({ field: 'service', claimed: claim.services.join('、'), registered: entry.service });
  }
  if (claim.expiry !== null && entry.expiry !== null && claim.expiry !== entry.expiry) {
    out.push({ field: 'expiry', claimed: claim.expiry, registered: entry.expiry });
  }
  if (claim.cloudAddOn && entry.standard !== '' && !CLOUD_STANDARD.test(entry.standard.normalize('NFKC'))) {
    out.push({ field: 'scope', claimed: 'ISO/IEC 27017', registered: entry.standard });
  }
  return out;
}

function judged(
  claim: RegisterClaim,
  entry: RegisterEntry,
  matchedBy: RegisterOutcome['matchedBy'],
  asOf: IsoDate
): RegisterOutcome {
  const diffs = differences(claim, entry);
  if (entry.status === 'revoked') return { kind: 'revoked', matchedBy, entry, differences: diffs };
  if (entry.status === 'expired' || (entry.expiry !== null && entry.expiry < asOf)) {
    return { kind: 'expired', matchedBy, entry, differences: diffs };
  }
  return { kind: diffs.length === 0 ? 'confirmed' : 'mismatch', matchedBy, entry, differences: diffs };
}

/** Of several entries, the one that agrees best: fewest differences, then still listed. */
function best(claim: RegisterClaim, entries: readonly RegisterEntry[]): RegisterEntry {
  const rank = (e: RegisterEntry) => differences(claim, e).length * 2 + (e.status === 'listed' ? 0 : 1);
  return entries.reduce((a, b) => (rank(b) < rank(a) ? b : a));
}

/**
 * The outcome of one claim against one register. `asOf` is the reference date (the bid deadline,
 * or today): an entry whose 有効期限 is before it is 期限切れ.
 */
export function matchClaim(index: RegisterIndex, claim: RegisterClaim, asOf: IsoDate): RegisterOutcome {
  const number = numberKey(claim.number);
  const byNumber = number ? index.byNumber.get(number) : undefined;
  if (byNumber) return judged(claim, best(claim, byNumber), 'number', asOf);

  const company = companyKey(claim.company);
  const byName = company ? index.byCompany.get(company) : undefined;
  if (byName) {
    const sameService = byName.filter((e) => serviceMatches(claim, e));
    return judged(claim, best(claim, sameService.length > 0 ? sameService : byName), 'name', asOf);
  }
  if (company) {
    const near = findNear(index, company);
    const entries = near === undefined ? undefined : index.byCompany.get(near);
    if (entries) {
      const entry = best(claim, entries);
      return { kind: 'mismatch', matchedBy: 'nearName', entry, differences: differences(claim, entry) };
    }
  }
  return { kind: 'notListed', matchedBy: null, entry: null, differences: [] };
}
