/**
 * The spec builder's bar chart: points per domain, 基礎点 and 加点 stacked. The config is built by
 * a pure function (tested); `chartAttachment` creates the chart on a canvas, loading chart.js only
 * then, and destroys it when the canvas goes away or the config changes.
 */
import type { ChartConfiguration } from 'chart.js';
import type { DomainTotal } from '$lib/domain/spec';
import { loadChartJs } from './deferred';

export interface PointsChartLabels {
  mandatory: string;
  scored: string;
  title: string;
}

export function pointsChartConfig(
  domains: readonly DomainTotal[],
  labels: PointsChartLabels
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: domains.map((d) => d.domain),
      datasets: [
        { label: labels.mandatory, data: domains.map((d) => d.mandatory), backgroundColor: '#1d4e89' },
        { label: labels.scored, data: domains.map((d) => d.scored), backgroundColor: '#6c9bd2' }
      ]
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: labels.title }, legend: { position: 'bottom' } },
      scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } }
    }
  };
}

/** A Svelte attachment: `<canvas {@attach chartAttachment(config)}>`. */
export function chartAttachment(config: ChartConfiguration<'bar'>) {
  return (canvas: HTMLCanvasElement) => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void loadChartJs().then(
      ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip }) => {
        if (cancelled) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);
        chart = new Chart(canvas, config);
      }
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  };
}
