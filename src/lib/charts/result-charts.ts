/**
 * The result charts: achievement per domain (radar), score composition (stacked bars), the
 * requirements that separate the vendors (bars) and the share of first places over the random
 * draws (bars). Each config is built by a pure, tested function from `result-analysis` data, with
 * animation off and a title; `resultChartAttachment` loads chart.js on demand, registers what these
 * chart types need, draws, and destroys the chart when the canvas goes away.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultAnalysis } from '$lib/domain/result-analysis';
import { visibleText } from '$lib/domain/visible-text';
import { loadChartJs } from './deferred';

/** Okabe–Ito: told apart with the common colour-vision deficiencies, and in greyscale by order. */
export const VENDOR_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000'
] as const;

export const vendorColour = (index: number): string => VENDOR_COLOURS[index % VENDOR_COLOURS.length]!;

/** A `#rrggbb` colour with an alpha channel (for a radar's fill). */
const translucent = (hex: string, alpha: number): string =>
  `${hex}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;

/**
 * A heatmap cell's background for a ratio 0 … 1: from near white to mid blue (lightness 97 % → 60 %),
 * light enough everywhere for dark text to keep a contrast above 4.5:1; null (no grade) is grey.
 * Mandatory items use `PASS_COLOUR` / `FAIL_COLOUR`, always with the words beside the colour.
 */
export function heatColour(ratio: number | null): string {
  if (ratio === null) return '#eeeeee';
  const r = Math.min(1, Math.max(0, ratio));
  return `hsl(210 65% ${Math.round(97 - 37 * r)}%)`;
}

export const PASS_COLOUR = '#dcefd8';
export const FAIL_COLOUR = '#f6d3cf';

/** Any of the configs built here (what `resultChartAttachment` draws). */
export type ResultChartConfig = ChartConfiguration<'radar'> | ChartConfiguration<'bar'>;

const common = { animation: false, responsive: true, maintainAspectRatio: false } as const;

export interface RadarLabels {
  title: string;
}

/** One polygon per vendor: its achievement (%) in each domain; a domain not yet computable is a gap. */
export function radarChartConfig(analysis: ResultAnalysis, labels: RadarLabels): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels: analysis.domains,
      datasets: analysis.vendors.map((v, i) => ({
        label: visibleText(v.name),
        data: analysis.achievement[i]!.map((d) => (d.percent === null ? null : round1(d.percent))),
        borderColor: vendorColour(i),
        backgroundColor: translucent(vendorColour(i), 0.12),
        pointBackgroundColor: vendorColour(i),
        borderWidth: 2,
        spanGaps: true
      }))
    },
    options: {
      ...common,
      plugins: { title: { display: true, text: labels.title }, legend: { position: 'bottom' } },
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } }
    }
  };
}

export interface CompositionLabels {
  title: string;
  base: string;
  bonus: string;
  price: string;
}

/** 基礎点, 加点 and 価格点 stacked per vendor; the 価格点 series only when some vendor has one. */
export function compositionChartConfig(
  analysis: ResultAnalysis,
  labels: CompositionLabels
): ChartConfiguration<'bar'> {
  const { composition } = analysis;
  const series = [
    { label: labels.base, data: composition.map((c) => c.basePoints), backgroundColor: '#1d4e89' },
    { label: labels.bonus, data: composition.map((c) => c.bonusPoints ?? 0), backgroundColor: '#6c9bd2' }
  ];
  if (composition.some((c) => c.pricePoints !== null)) {
    series.push({
      label: labels.price,
      data: composition.map((c) => c.pricePoints ?? 0),
      backgroundColor: '#808080'
    });
  }
  return {
    type: 'bar',
    data: { labels: analysis.vendors.map((v) => visibleText(v.name)), datasets: series },
    options: {
      ...common,
      plugins: { title: { display: true, text: labels.title }, legend: { position: 'bottom' } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } }
    }
  };
}

export interface SeparatingLabels {
  title: string;
  axis: string;
}

/** The separating requirements (largest spread first), one bar per compared vendor: its item score. */
export function separatingChartConfig(
  analysis: ResultAnalysis,
  labels: SeparatingLabels
): ChartConfiguration<'bar'> {
  const compared = analysis.vendors
    .map((v, i) => ({ v, i }))
    .filter(({ i }) => analysis.separating.some((s) => s.scores[i] !== null));
  return {
    type: 'bar',
    data: {
      labels: analysis.separating.map((s) => `${s.ref} ${s.title}`),
      datasets: compared.map(({ v, i }) => ({
        label: visibleText(v.name),
        data: analysis.separating.map((s) => (s.scores[i] === null ? null : round2(s.scores[i]!))),
        backgroundColor: vendorColour(i)
      }))
    },
    options: {
      ...common,
      indexAxis: 'y',
      plugins: { title: { display: true, text: labels.title }, legend: { position: 'bottom' } },
      scales: { x: { beginAtZero: true, title: { display: true, text: labels.axis } } }
    }
  };
}

export interface ShareLabels {
  title: string;
  axis: string;
}

export interface VendorShare {
  name: string;
  /** Share of the draws, 0 … 1. */
  share: number;
  /** Position of the vendor in the result (for its colour). */
  index: number;
}

/** Share of first places (%) per vendor over the random draws. */
export function shareChartConfig(
  shares: readonly VendorShare[],
  labels: ShareLabels
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: shares.map((s) => visibleText(s.name)),
      datasets: [
        {
          label: labels.axis,
          data: shares.map((s) => round1(s.share * 100)),
          backgroundColor: shares.map((s) => vendorColour(s.index))
        }
      ]
    },
    options: {
      ...common,
      indexAxis: 'y',
      plugins: { title: { display: true, text: labels.title }, legend: { display: false } },
      scales: { x: { min: 0, max: 100, title: { display: true, text: labels.axis } } }
    }
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * A Svelte attachment for any of the configs above: `<canvas {@attach resultChartAttachment(c)}>`.
 * chart.js is loaded on first use, after the page has painted (`loadChartJs`); a canvas removed
 * before it loads gets no chart.
 */
export function resultChartAttachment(config: ResultChartConfig) {
  return (canvas: HTMLCanvasElement) => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void loadChartJs().then((c) => {
      if (cancelled) return;
      c.Chart.register(
        c.BarController,
        c.BarElement,
        c.CategoryScale,
        c.LinearScale,
        c.RadarController,
        c.RadialLinearScale,
        c.LineElement,
        c.PointElement,
        c.Filler,
        c.Legend,
        c.Title,
        c.Tooltip
      );
      chart = new c.Chart(canvas, config as ChartConfiguration);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  };
}
