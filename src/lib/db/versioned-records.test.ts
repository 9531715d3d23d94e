import { beforeEach, describe, expect, it } from 'vitest';
import {
  ATTESTATION_FIELDS,
  PROCUREMENT_FIELDS,
  REQUIREMENT_FIELDS,
  SUBCONTRACTOR_FIELDS,
  VENDOR_FIELDS
} from '$lib/domain/record-fields';
import { pickFields, versionOf, type VersionStamp, type WriteBase } from '$lib/domain/versions';
import { updateAttestation } from './attestations';
import type { WriteContext } from './context';
import { loadedDb } from './database';
import { WriteConflictError } from './errors';
import { editProcurement, updateSettings } from './procurement-edit';
import { updateProcurement } from './procurement-write';
import { updateRequirement } from './requirements';
import { updateSubcontractor } from './subcontractors';
import { updateVendor } from './vendors';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

const tabA = testContext('山田');
const tabB = testContext('佐藤');

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;
let s: Seeded;

beforeEach(async () => {
  freshDb();
  s = await seedProcurement(tabA);
});

type Values = Record<string, unknown>;

/** One record kind as a form edits it: how it is read, which fields its form shows, how it is saved. */
interface Kind {
  name: string;
  /** The record as stored, with its stamps. */
  read: () => Promise<VersionStamp>;
  /** The form's fields of the stored record. */
  values: (r: VersionStamp) => Values;
  /** Saves every field of the form (as the forms do), based on `base`. */
  save: (ctx: WriteContext, values: Values, base?: WriteBase<Values>) => Promise<unknown>;
  /** Drops the stamps, as a record stored before versions has none. */
  unstamp: () => Promise<void>;
  /** Two fields the form edits, and a value for each that differs from the seeded one. */
  a: [string, unknown, unknown];
  b: [string, unknown];
}

const db = () => loadedDb()!;
const strip = <T extends object>(r: T) => {
  const out = { ...r } as T & VersionStamp;
  delete out.version;
  delete out.updatedBy;
  delete out.updatedAt;
  return out;
};

const kinds: Kind[] = [
  {
    name: 'vendor',
    read: async () => (await db().vendors.get(s.v1.id))!,
    values: (r) => pickFields(r as never, VENDOR_FIELDS),
    save: (ctx, v, base) => updateVendor(ctx, s.v1.id, v as never, base as never),
    unstamp: async () => void (await db().vendors.put(strip((await db().vendors.get(s.v1.id))!))),
    a: ['notes', '営業窓口は東京', '営業窓口は大阪'],
    b: ['contact', 'security@example.jp']
  },
  {
    name: 'subcontractor',
    read: async () => (await db().subcontractors.get(s.sub.id))!,
    values: (r) => pickFields(r as never, SUBCONTRACTOR_FIELDS),
    save: (ctx, v, base) => updateSubcontractor(ctx, s.sub.id, v as never, base as never),
    unstamp: async () =>
      void (await db().subcontractors.put(strip((await db().subcontractors.get(s.sub.id))!))),
    a: ['role', 'IaaS（東京リージョン）', 'IaaS（大阪リージョン）'],
    b: ['notes', '年次監査あり']
  },
  {
    name: 'attestation',
    read: async () => (await db().attestations.get(s.att.id))!,
    values: (r) => pickFields(r as never, ATTESTATION_FIELDS),
    save: (ctx, v, base) => updateAttestation(ctx, s.att.id, v as never, base as never),
    unstamp: async () => void (await db().attestations.put(strip((await db().attestations.get(s.att.id))!))),
    a: ['issuer', '監査法人A', '監査法人B'],
    b: ['notes', '報告書の写しを受領']
  },
  {
    name: 'requirement',
    read: async () => (await db().requirements.get(s.r1.id))!,
    values: (r) => pickFields(r as never, REQUIREMENT_FIELDS),
    save: (ctx, v, base) => updateRequirement(ctx, s.r1.id, v as never, base as never),
    unstamp: async () => void (await db().requirements.put(strip((await db().requirements.get(s.r1.id))!))),
    a: ['text', '多要素認証を必須とすること', '多要素認証を推奨すること'],
    b: ['title', '認証の強化']
  },
  {
    name: 'procurement',
    read: async () => (await db().procurements.get(s.p.id))!,
    values: (r) => pickFields(r as never, PROCUREMENT_FIELDS),
    save: (ctx, v, base) =>
      base
        ? editProcurement(ctx, s.p.id, v as never, base as never)
        : updateProcurement(ctx, s.p.id, v as never),
    unstamp: async () => {
      const p = (await db().procurements.get(s.p.id))!;
      const out = { ...p } as typeof p & VersionStamp;
      delete out.version;
      delete out.updatedBy;
      await db().procurements.put(out);
    },
    a: ['notes', '令和8年度調達', '令和9年度調達'],
    b: ['organisation', 'デジタル庁']
  },
  {
    name: 'scoring settings',
    read: async () => {
      const p = (await db().procurements.get(s.p.id))!;
      return { ...p.settings, version: p.version, updatedBy: p.updatedBy, updatedAt: p.updatedAt };
    },
    values: (r) => {
      const { version, updatedBy, updatedAt, ...settings } = r as Values;
      void version;
      void updatedBy;
      void updatedAt;
      return settings;
    },
    save: async (ctx, v, base) => {
      const p = (await db().procurements.get(s.p.id))!;
      return updateSettings(ctx, s.p.id, { ...p.settings, ...v } as never, base as never);
    },
    unstamp: async () => {
      const p = (await db().procurements.get(s.p.id))!;
      const out = { ...p } as typeof p & VersionStamp;
      delete out.version;
      delete out.updatedBy;
      await db().procurements.put(out);
    },
    a: ['priceAllocation', 40, 60],
    b: ['priceYears', 7]
  }
];

const baseOf = async (k: Kind): Promise<WriteBase<Values>> => {
  const r = await k.read();
  return { version: versionOf(r), values: k.values(r) };
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (e) {
    return e;
  }
}

describe.each(kinds)('one writer at a time: $name', (k) => {
  const [fieldA, mineA, theirsA] = k.a;
  const [fieldB, theirsB] = k.b;

  it('applies a write based on the stored version, counting the version up and naming the writer', async () => {
    const base = await baseOf(k);
    await k.save(tabB, { ...base.values, [fieldA]: mineA }, base);
    const after = await k.read();
    expect(k.values(after)[fieldA]).toEqual(mineA);
    expect(versionOf(after)).toBe(base.version + 1);
    expect(after.updatedBy).toBe('佐藤');
  });

  it('merges a stale write: the other writer’s field is kept, this one’s applied', async () => {
    const shown = await baseOf(k);
    await k.save(tabB, { ...shown.values, [fieldB]: theirsB }, shown);
    // Tab A saves every field of its form, based on what it showed before B's save.
    await k.save(tabA, { ...shown.values, [fieldA]: mineA }, shown);
    const after = k.values(await k.read());
    expect(after[fieldA]).toEqual(mineA);
    expect(after[fieldB]).toEqual(theirsB);
  });

  it('refuses a stale write to a field the other writer changed, naming it, who and the stored value', async () => {
    const shown = await baseOf(k);
    await k.save(tabB, { ...shown.values, [fieldA]: theirsA }, shown);
    const before = await k.read();
    const e = await failure(k.save(tabA, { ...shown.values, [fieldA]: mineA, [fieldB]: theirsB }, shown));
    expect(e).toBeInstanceOf(WriteConflictError);
    const decision = (e as WriteConflictError<Values>).decision;
    expect(decision.conflicts.map((c) => [c.field, c.stored, c.mine])).toEqual([[fieldA, theirsA, mineA]]);
    expect(decision.by).toBe('佐藤');
    // Nothing of the refused write is stored, not even its other field.
    expect(await k.read()).toEqual(before);
  });

  it('reads a record stored before versions as version 0, and the next write stores version 1', async () => {
    await k.unstamp();
    const base = await baseOf(k);
    expect(base.version).toBe(0);
    await k.save(tabA, { ...base.values, [fieldA]: mineA }, base);
    const after = await k.read();
    expect(versionOf(after)).toBe(1);
    expect(k.values(after)[fieldA]).toEqual(mineA);
  });

  it('a write without a base (an import, a script) applies as before and still counts the version up', async () => {
    const shown = await baseOf(k);
    await k.save(tabB, { [fieldA]: theirsA });
    const after = await k.read();
    expect(k.values(after)[fieldA]).toEqual(theirsA);
    expect(versionOf(after)).toBeGreaterThan(shown.version);
    // A form based on the record before it is then compared field by field: refused on that field.
    expect(await failure(k.save(tabA, { ...shown.values, [fieldA]: mineA }, shown))).toBeInstanceOf(
      WriteConflictError
    );
  });
});

describe('a requirement form clearing an optional field (points per level)', () => {
  const levelPoints = [
    { code: 'A', points: 10 },
    { code: 'B', points: 5 },
    { code: 'C', points: 0 }
  ];
  const read = async () => (await db().requirements.get(s.r1.id))!;
  const shownOf = async () => {
    const r = await read();
    return { version: versionOf(r), values: pickFields(r, REQUIREMENT_FIELDS) };
  };

  beforeEach(async () => {
    const r = await read();
    await updateRequirement(tabA, s.r1.id, {
      kind: 'scored',
      points: 10,
      basePoints: 0,
      levelPoints: r.levelPoints ?? levelPoints
    });
  });

  it.each<[string, Record<string, unknown> | null, string | null]>([
    ['based on the stored version: removed', null, null],
    ['stale, the other tab changed the title: removed, the title kept', { title: '認証の強化' }, null],
    [
      'stale, the other tab changed the points per level: refused',
      {
        levelPoints: [
          { code: 'A', points: 10 },
          { code: 'B', points: 3 },
          { code: 'C', points: 0 }
        ]
      },
      'levelPoints'
    ]
  ])('%s', async (_, other, refusedField) => {
    const shown = await shownOf();
    expect(shown.values.levelPoints).toBeDefined();
    if (other) await updateRequirement(tabB, s.r1.id, other as never, shown);
    const cleared = { ...shown.values, levelPoints: undefined };
    const e = await failure(updateRequirement(tabA, s.r1.id, cleared, shown));
    const after = await read();
    if (refusedField) {
      expect(e).toBeInstanceOf(WriteConflictError);
      expect((e as WriteConflictError<Values>).decision.conflicts.map((c) => c.field)).toEqual([
        refusedField
      ]);
      expect(after.levelPoints).toEqual(other!.levelPoints);
      return;
    }
    expect(e).toBeNull();
    expect('levelPoints' in after).toBe(false);
    if (other) expect(after.title).toBe(other.title);
  });
});
