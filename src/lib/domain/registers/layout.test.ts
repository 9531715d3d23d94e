import { describe, expect, it } from 'vitest';
import { REGISTER_IDS, registerLayout } from '$lib/testing/registers';
import { REGISTER_ROLES, validateRegisterLayout } from './layout';
import { headingKey } from './parse';

describe('the shipped register layouts (questionnaires/registers/*.json)', () => {
  it.each(REGISTER_IDS)('%s is a valid layout named as its file', (id) => {
    const layout = registerLayout(id);
    expect(validateRegisterLayout(layout)).toEqual([]);
    expect(layout.id).toBe(id);
  });

  it.each(REGISTER_IDS)('%s: no heading names two roles, and every source says where it comes from', (id) => {
    const layout = registerLayout(id);
    const owners = new Map<string, string[]>();
    for (const role of REGISTER_ROLES) {
      for (const alias of layout.columns[role]?.aliases ?? []) {
        const key = headingKey(alias);
        owners.set(key, [...(owners.get(key) ?? []), role]);
      }
    }
    expect([...owners].filter(([, roles]) => new Set(roles).size > 1)).toEqual([]);
    expect(layout.sources.every((s) => s.where.trim() !== '' && s.finding.trim() !== '')).toBe(true);
  });

  it('rejects a layout without a number column or with an unknown role', () => {
    const layout = registerLayout('ismap');
    const { number: _number, ...others } = layout.columns;
    expect(validateRegisterLayout({ ...layout, columns: others })).toContainEqual({
      code: 'missingField',
      path: 'columns.number'
    });
    expect(
      validateRegisterLayout({
        ...layout,
        columns: { ...layout.columns, colour: { aliases: ['色'], required: false } }
      })
    ).toContainEqual({ code: 'unknownKey', path: 'columns.colour' });
  });
});
