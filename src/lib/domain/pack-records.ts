/**
 * The certifications (第三者認証), SOC 2 details and subcontractors (委託先) a vendor wrote into a
 * questionnaire pack, and what applying them would do. A row is the same record as a stored one when
 * its holder is the same (subcontractors by company name) and `attestation-identity.ts` says it is the
 * same document: then it is `existing` when it brings nothing new and `changed` when it brings a value
 * the record does not hold (a blank cell never clears one); otherwise it is `new`. Nothing is added
 * twice, in one pack or across packs. What is added is unverified: scope coverage `unknown`, no
 * verification record. An ISO/IEC 27017 certificate is its own record and also the add-on of its
 * holder's ISO/IEC 27001 record, when the holder has exactly one.
 */
import { attestationDraft, draftData, usesField, type AttestationFields } from './attestation-draft';
import { findSameAttestation, organisationKey, isReportType } from './attestation-identity';
import { cellIssue } from './columns';
import { numberKey } from './registers/normalise';
import type { Issue } from './issues';
import type {
  Attestation,
  AttestationException,
  AttestationType,
  Criticality,
  IsoDate,
  Opinion,
  SubserviceMethod,
  SubserviceOrganisation,
  Subcontractor
} from './model';
import { normaliseCriterion } from './soc2-exceptions';

/** One filled row of the 第三者認証 sheet; blank cells give '' / null. */
export interface PackAttestationRow {
  /** 1-based row in the file, as the vendor sees it. */
  row: number;
  type: AttestationType;
  number: string;
  issuer: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  scopeText: string;
  /** The opinion of an assurance report, when given; kept only for a type that records one. */
  opinion?: Opinion;
  /** An ISO/IEC 27001 row that names the ISO/IEC 27017 add-on too ("ISO/IEC 27001 + 27017"). */
  cloudAddOn?: boolean;
}

/** One filled row of the 委託先 sheet. */
export interface PackSubcontractorRow {
  row: number;
  name: string;
  role: string;
  criticality: Criticality;
  subserviceMethod: SubserviceMethod;
  /** The types named under "their certifications", in the order written, without repeats. */
  certifications: AttestationType[];
}

/** The report a row of the SOC 2 sheet is about: type, service auditor and period, as on the 第三者認証 sheet. */
export type PackReportRef = Pick<PackAttestationRow, 'type' | 'issuer' | 'periodStart' | 'periodEnd'>;

/**
 * What the vendor's SOC 2 sheet says of one report. Each part is present only when the sheet has rows of
 * that item for the report: an absent part keeps what is on file.
 */
export interface PackReportDetails {
  report: PackReportRef;
  /** The sheet's name and the 0-based rows the report's items are on. */
  sheet: string;
  rows: number[];
  opinion?: Opinion;
  /** The criteria a qualified opinion names. */
  qualifiedCriteria?: string[];
  exceptions?: Omit<AttestationException, 'requirementIds'>[];
  subserviceOrganisations?: Omit<SubserviceOrganisation, 'subcontractorId'>[];
  bridgeLetter?: { issuedOn: IsoDate; coversUntil: IsoDate };
  cuecs?: string[];
}

export type RecordKind = 'new' | 'existing' | 'changed';

export interface AttestationPreview {
  kind: RecordKind;
  /** The subcontractor holding it (by name), null when the vendor does. */
  holder: string | null;
  /** The record as it will be: the pack's row (new), or the stored record with the changes. */
  fields: AttestationFields;
  /** The stored record it is (existing, changed). */
  storedId?: string;
  /** Changed: the fields the pack changes, as they will be stored. */
  changes?: Partial<AttestationFields>;
}

export interface SubcontractorPreview {
  kind: RecordKind;
  row: PackSubcontractorRow;
  /** One per certification of the row, held by this subcontractor. */
  certifications: AttestationPreview[];
}

export interface PackRecordsPreview {
  /** `row`: the 1-based row of the 第三者認証 sheet, or of the SOC 2 sheet for a report only named there. */
  attestations: (AttestationPreview & { row: number })[];
  subcontractors: SubcontractorPreview[];
  /** SOC 2 rows about a report neither the pack nor the record holds (left out). */
  issues?: Issue[];
}

/** A subcontractor's (or subservice organisation's) name as matched: the company-name rule. */
export const subcontractorKey = organisationKey;

/**
 * The fields of an unverified attestation of `type`. The sheet has one start and one end date:
 * a type without a period keeps them as what it records instead (issued / expiry, or as-of).
 */
export function packAttestationFields(
  row: Pick<
    PackAttestationRow,
    'type' | 'number' | 'issuer' | 'periodStart' | 'periodEnd' | 'scopeText' | 'opinion' | 'cloudAddOn'
  >
): AttestationFields {
  const { type } = row;
  const start = row.periodStart ?? '';
  const end = row.periodEnd ?? '';
  const draft = { ...attestationDraft(null, type), number: row.number, issuer: row.issuer };
  draft.scopeText = row.scopeText;
  draft.scopeCoverage = 'unknown';
  draft.opinion = row.opinion ?? '';
  draft.cloudAddOn = row.cloudAddOn === true;
  if (usesField(type, 'period')) {
    draft.periodStart = start;
    draft.periodEnd = end;
  } else if (usesField(type, 'expiry')) {
    draft.issuedOn = start;
    draft.expiry = end;
  } else if (usesField(type, 'asOf')) {
    draft.asOf = end || start;
  } else {
    draft.issuedOn = end || start;
  }
  return { ...draftData(draft), verification: null };
}

/** The record's fields as the SOC 2 sheet sets them (parts it does not give are left out). */
function detailFields(details: PackReportDetails, stored: readonly Attestation['exceptions'][number][]) {
  const out: Partial<AttestationFields> = {};
  if (details.opinion !== undefined) out.opinion = details.opinion;
  if (details.qualifiedCriteria !== undefined) out.qualifiedCriteria = details.qualifiedCriteria;
  if (details.exceptions !== undefined) {
    // The buyer's own links to requirements stay with the exception they were made for.
    out.exceptions = details.exceptions.map((x) => ({
      ...x,
      requirementIds: [...(stored.find((s) => exceptionKey(s) === exceptionKey(x))?.requirementIds ?? [])]
    }));
  }
  if (details.bridgeLetter !== undefined) out.bridgeLetter = details.bridgeLetter;
  if (details.cuecs !== undefined) out.cuecs = details.cuecs;
  return out;
}

function exceptionKey(x: Omit<AttestationException, 'requirementIds'>): string {
  const text = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return JSON.stringify([
    normaliseCriterion(x.criterion),
    text(x.description),
    text(x.testResult),
    text(x.managementResponse)
  ]);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `incoming` that `stored` does not hold: a blank (empty, null, false) incoming value is
 * no change; names, criteria and texts compare as normalised.
 */
export function recordChanges(
  stored: AttestationFields,
  incoming: Partial<AttestationFields>
): Partial<AttestationFields> {
  const changes: Partial<AttestationFields> = {};
  const set = <K extends keyof AttestationFields>(key: K, value: AttestationFields[K]) => {
    changes[key] = value;
  };
  const textOf = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (incoming.number && numberKey(incoming.number) !== numberKey(stored.number)) {
    set('number', incoming.number);
  }
  if (incoming.scopeText && textOf(incoming.scopeText) !== textOf(stored.scopeText)) {
    set('scopeText', incoming.scopeText);
  }
  if (incoming.issuer && organisationKey(incoming.issuer) !== organisationKey(stored.issuer)) {
    set('issuer', incoming.issuer);
  }
  for (const key of ['periodStart', 'periodEnd', 'asOf', 'issuedOn', 'expiry'] as const) {
    const value = incoming[key];
    if (value && value !== stored[key]) set(key, value);
  }
  if (incoming.cloudAddOn && !stored.cloudAddOn) set('cloudAddOn', true);
  if (incoming.opinion && incoming.opinion !== stored.opinion) set('opinion', incoming.opinion);
  const opinion = changes.opinion ?? stored.opinion;
  if (incoming.qualifiedCriteria !== undefined || changes.opinion !== undefined) {
    // Only a qualified opinion names criteria; another opinion clears them.
    const criteria = opinion === 'qualified' ? (incoming.qualifiedCriteria ?? stored.qualifiedCriteria) : [];
    const norm = (list: readonly string[]) => list.map(normaliseCriterion);
    if (!sameJson(norm(criteria), norm(stored.qualifiedCriteria))) set('qualifiedCriteria', criteria);
  }
  if (
    incoming.exceptions !== undefined &&
    !sameJson(incoming.exceptions.map(exceptionKey), stored.exceptions.map(exceptionKey))
  ) {
    set('exceptions', incoming.exceptions);
  }
  if (incoming.subserviceOrganisations !== undefined) {
    const key = (list: readonly SubserviceOrganisation[]) =>
      list.map((o) => [subcontractorKey(o.name), o.method]);
    if (!sameJson(key(incoming.subserviceOrganisations), key(stored.subserviceOrganisations))) {
      set('subserviceOrganisations', incoming.subserviceOrganisations);
    }
  }
  if (incoming.bridgeLetter && !sameJson(incoming.bridgeLetter, stored.bridgeLetter)) {
    set('bridgeLetter', incoming.bridgeLetter);
  }
  if (incoming.cuecs !== undefined && !sameJson(incoming.cuecs.map(textOf), stored.cuecs.map(textOf))) {
    set('cuecs', incoming.cuecs);
  }
  return changes;
}

export interface PackRows {
  attestations: readonly PackAttestationRow[];
  subcontractors: readonly PackSubcontractorRow[];
  /** The SOC 2 sheet's reports (the vendor's own). */
  soc2?: readonly PackReportDetails[];
}

/**
 * What applying the pack's rows for `vendorId` would do, given what is stored. A row repeating an
 * earlier row of the same pack is existing, so applying never adds the same record twice. A SOC 2
 * report's details join its row on the 第三者認証 sheet, or else the report on file; a subservice
 * organisation links to the vendor's subcontractor of that name (stored, listed on the 委託先 sheet, or
 * offered as a new 委託先, one entity each).
 */
export function previewPackRecords(
  stored: {
    subcontractors: readonly Pick<Subcontractor, 'id' | 'vendorId' | 'name'>[];
    attestations: readonly Attestation[];
  },
  vendorId: string,
  rows: PackRows
): PackRecordsPreview {
  const subcontractors = stored.subcontractors.filter((s) => s.vendorId === vendorId);
  const nameOf = new Map(subcontractors.map((s) => [s.id, s.name]));
  const storedIdByName = new Map(subcontractors.map((s) => [subcontractorKey(s.name), s.id]));
  const holderOf = (a: Attestation) =>
    a.subcontractorId === null ? null : subcontractorKey(nameOf.get(a.subcontractorId) ?? '');
  const held = stored.attestations.filter((a) => a.vendorId === vendorId);
  /** Records of the pack so far, per holder key ('' for the vendor), to catch a repeated row. */
  const earlier = new Map<string, AttestationFields[]>();
  const issues: Issue[] = [];

  // Subservice organisations: one 委託先 each, stored or from the 委託先 sheet or offered as new.
  const offered: SubcontractorPreview[] = [];
  const seenSub = new Set<string>();
  const listedNames = new Set(rows.subcontractors.map((r) => subcontractorKey(r.name)));
  const linked = (orgs: readonly Omit<SubserviceOrganisation, 'subcontractorId'>[]) =>
    orgs.map((o) => ({ ...o, subcontractorId: storedIdByName.get(subcontractorKey(o.name)) ?? null }));

  const soc2 = [...(rows.soc2 ?? [])];
  const detailsFor = (fields: AttestationFields): PackReportDetails | undefined => {
    const index = soc2.findIndex(
      (d) =>
        findSameAttestation([fields], packAttestationFields({ ...d.report, number: '', scopeText: '' })) !==
        undefined
    );
    return index < 0 ? undefined : soc2.splice(index, 1)[0];
  };

  const attestation = (
    holder: string | null,
    row: Parameters<typeof packAttestationFields>[0]
  ): AttestationPreview => {
    let fields = packAttestationFields(row);
    const key = holder === null ? '' : subcontractorKey(holder);
    // The SOC 2 sheet describes the vendor's own reports.
    const own = holder === null && isReportType(fields.type) ? detailsFor(fields) : undefined;
    const extra: Partial<AttestationFields> = own
      ? {
          ...detailFields(own, []),
          ...(own.subserviceOrganisations
            ? { subserviceOrganisations: linked(own.subserviceOrganisations) }
            : {})
        }
      : {};
    const seen = earlier.get(key) ?? [];
    earlier.set(key, [...seen, fields]);
    if (findSameAttestation(seen, fields)) return { kind: 'existing', holder, fields };
    const match = findSameAttestation(
      held.filter((a) => (holderOf(a) ?? '') === key),
      fields
    );
    if (!match) {
      fields = withDetails(fields, extra);
      return { kind: 'new', holder, fields };
    }
    const ownExtra = own ? { ...extra, ...detailFields(own, match.exceptions) } : extra;
    const changes = recordChanges(match, { ...carried(fields), ...ownExtra });
    const kind = Object.keys(changes).length > 0 ? 'changed' : 'existing';
    return {
      kind,
      holder,
      storedId: match.id,
      fields: { ...fieldsOf(match), ...changes },
      ...(kind === 'changed' ? { changes } : {})
    };
  };

  const attestations = rows.attestations.map((row) => ({ row: row.row, ...attestation(null, row) }));
  // Reports the SOC 2 sheet names that the 第三者認証 sheet does not: the reports on file.
  for (const details of [...soc2]) {
    const ref = packAttestationFields({ ...details.report, number: '', scopeText: '' });
    const match = findSameAttestation(
      held.filter((a) => a.subcontractorId === null),
      ref
    );
    soc2.splice(soc2.indexOf(details), 1);
    const first = details.rows[0] ?? 0;
    if (!match) {
      issues.push(
        cellIssue('soc2ReportNotListed', details.sheet, first, 0, {
          issuer: details.report.issuer,
          period: [details.report.periodStart, details.report.periodEnd].filter(Boolean).join(' – ')
        })
      );
      continue;
    }
    const incoming = {
      ...detailFields(details, match.exceptions),
      ...(details.subserviceOrganisations
        ? { subserviceOrganisations: linked(details.subserviceOrganisations) }
        : {})
    };
    const changes = recordChanges(match, incoming);
    if (Object.keys(changes).length === 0) continue;
    attestations.push({
      row: first + 1,
      kind: 'changed',
      holder: null,
      storedId: match.id,
      fields: { ...fieldsOf(match), ...changes },
      changes
    });
  }

  const subcontractorRows = rows.subcontractors.map((row) => {
    const key = subcontractorKey(row.name);
    const kind: RecordKind = storedIdByName.has(key) || seenSub.has(key) ? 'existing' : 'new';
    seenSub.add(key);
    const certifications = row.certifications.map((type) =>
      attestation(row.name, {
        type,
        number: '',
        issuer: '',
        periodStart: null,
        periodEnd: null,
        scopeText: ''
      })
    );
    return { kind, row, certifications };
  });
  for (const a of attestations) {
    for (const o of a.changes?.subserviceOrganisations ??
      (a.kind === 'new' ? a.fields.subserviceOrganisations : [])) {
      const key = subcontractorKey(o.name);
      if (o.subcontractorId !== null || listedNames.has(key) || seenSub.has(key)) continue;
      seenSub.add(key);
      offered.push({
        kind: 'new',
        row: {
          row: a.row,
          name: o.name,
          role: '',
          criticality: 'normal',
          subserviceMethod: o.method,
          certifications: []
        },
        certifications: []
      });
    }
  }
  const preview: PackRecordsPreview = {
    attestations,
    subcontractors: [...subcontractorRows, ...offered],
    ...(issues.length ? { issues } : {})
  };
  markCloudAddOn(preview, held, nameOf);
  return preview;
}

/** What a row of the 第三者認証 sheet (or of the 委託先 sheet's certifications) states. */
function carried(fields: AttestationFields): Partial<AttestationFields> {
  const keys = [
    'number',
    'issuer',
    'scopeText',
    'periodStart',
    'periodEnd',
    'asOf',
    'issuedOn',
    'expiry',
    'opinion',
    'cloudAddOn'
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, fields[key]]));
}

function fieldsOf(a: Attestation): AttestationFields {
  const { id: _id, procurementId: _p, vendorId: _v, subcontractorId: _s, evidenceFileIds: _e, ...fields } = a;
  return fields;
}

/** A new record with its SOC 2 details; only a qualified opinion keeps the criteria it names. */
function withDetails(fields: AttestationFields, extra: Partial<AttestationFields>): AttestationFields {
  const out = { ...fields, ...extra };
  return out.opinion === 'qualified' ? out : { ...out, qualifiedCriteria: [] };
}

/**
 * An ISO/IEC 27017 certificate in the pack is the add-on of its holder's ISO/IEC 27001 record: the one
 * the pack lists, or else the one on file, when there is exactly one (with several, the buyer ticks the
 * right one on the vendor page).
 */
function markCloudAddOn(
  preview: PackRecordsPreview,
  held: readonly Attestation[],
  nameOf: ReadonlyMap<string, string>
): void {
  const groups: {
    holder: string | null;
    entries: AttestationPreview[];
    push: (p: AttestationPreview) => void;
  }[] = [
    {
      holder: null,
      entries: preview.attestations,
      push: (p) =>
        preview.attestations.push({
          ...p,
          row: preview.attestations.find((a) => a.fields.type === 'iso27017')?.row ?? 0
        })
    },
    ...preview.subcontractors.map((s) => ({
      holder: s.row.name,
      entries: s.certifications,
      push: (p: AttestationPreview) => s.certifications.push(p)
    }))
  ];
  for (const group of groups) {
    if (!group.entries.some((e) => e.fields.type === 'iso27017')) continue;
    const key = group.holder === null ? null : subcontractorKey(group.holder);
    const listed = group.entries.filter((e) => e.fields.type === 'iso27001');
    const referenced = new Set(group.entries.map((e) => e.storedId));
    const onFile = held.filter(
      (a) =>
        a.type === 'iso27001' &&
        !referenced.has(a.id) &&
        (a.subcontractorId === null ? null : subcontractorKey(nameOf.get(a.subcontractorId) ?? '')) === key
    );
    if (listed.length + onFile.length !== 1) continue;
    const entry = listed[0];
    if (entry) {
      if (entry.fields.cloudAddOn) continue;
      entry.fields = { ...entry.fields, cloudAddOn: true };
      if (entry.kind !== 'new') {
        entry.kind = 'changed';
        entry.changes = { ...entry.changes, cloudAddOn: true };
      }
    } else {
      const record = onFile[0]!;
      if (record.cloudAddOn) continue;
      group.push({
        kind: 'changed',
        holder: group.holder,
        storedId: record.id,
        fields: { ...fieldsOf(record), cloudAddOn: true },
        changes: { cloudAddOn: true }
      });
    }
  }
}
