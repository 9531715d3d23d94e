/**
 * A published figure: its exact value, rounded at the decimals and mode the settings give that
 * figure (its own mode, else the common one) (unrounded while the decimals are out of bounds, which the engine reports as
 * `invalidSettings`), and the double of the rounded value.
 */
import type { ScoringSettings } from '../model';
import { add, roundToRational, toNumber, toRational, type Rational } from '../rounding';
import { figureRounding, type RoundedFigure } from '../settings';
import { SETTINGS_BOUNDS, withinBound } from '../settings';
import type { Figure } from './types';

export const ZERO = toRational(0);

export const sum = (values: readonly Rational[]): Rational => values.reduce((a, b) => add(a, b), ZERO);

export function figure(exact: Rational, settings: ScoringSettings, which: RoundedFigure): Figure {
  const { mode, decimals } = figureRounding(settings.rounding, which);
  const rounded = withinBound(decimals, SETTINGS_BOUNDS.decimals)
    ? roundToRational(exact, decimals, mode)
    : exact;
  return { exact, rounded, value: toNumber(rounded) };
}

/** A finite amount above 0 (a bid, a scale, a threshold). */
export const positive = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0;
