import { describe, expect, it } from 'vitest';
import { defaultDocumentDateStyle, documentDateStyle } from './document-dates';
import type { BuyerKind, DocumentDateStyle } from './model';

describe('documentDateStyle', () => {
  it.each<[BuyerKind, DocumentDateStyle | null, DocumentDateStyle]>([
    ['government', null, 'japanese'],
    ['enterprise', null, 'western'],
    ['government', 'western', 'western'],
    ['enterprise', 'japanese', 'japanese'],
    ['government', 'japanese', 'japanese'],
    ['enterprise', 'western', 'western']
  ])('buyer %s with the choice %s writes %s dates', (buyerKind, chosen, expected) => {
    expect(documentDateStyle({ buyerKind, documentDateStyle: chosen })).toBe(expected);
  });

  it('defaults by buyer kind alone', () => {
    expect([defaultDocumentDateStyle('government'), defaultDocumentDateStyle('enterprise')]).toEqual([
      'japanese',
      'western'
    ]);
  });
});
