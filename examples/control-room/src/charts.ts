// The charts, drawn by Observable Plot as SVG: each inside a <figure> whose caption names it, the SVG labelled for
// screen readers, and its data table beside it (dom.ts), which holds the same numbers.
import * as Plot from '@observablehq/plot';

/** A point of a weekly on-time line: the ISO week (`2026-W10`), the group (an office or a provider), its share. */
export interface WeeklyShare {
  readonly week: string;
  readonly group: string;
  readonly onTime: number;
  readonly late: number;
  /** On-time share in percent, `null` when nothing was due that week. */
  readonly share: number | null;
}

/** A stage's duration in working days. */
export interface StageDuration {
  readonly stage: string;
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

const WIDTH = 640;

/** The colours of an on-time share: red below 60 %, yellow at 80 %, green at 100 %, light enough for black text. */
export const SHARE_COLOR = {
  type: 'linear',
  domain: [60, 80, 100],
  range: ['#f4a582', '#ffffbf', '#a6d96a'],
  clamp: true,
} as const;

/**
 * A grid of weeks (columns) by group (rows, an office or a provider), each cell coloured by its on-time share and
 * showing it in whole percent: seven offices over thirteen weeks stay readable, where lines would cross.
 */
export function weeklyShareChart(points: readonly WeeklyShare[], label: string): SVGSVGElement | HTMLElement {
  const data = points.filter((point) => point.share !== null);
  const weeks = [...new Set(points.map((point) => point.week))].sort();
  const groups = [...new Set(points.map((point) => point.group))];
  return Plot.plot({
    width: WIDTH,
    height: 50 + 30 * groups.length,
    marginLeft: 250,
    ariaLabel: label,
    x: { domain: weeks, label: null, tickFormat: (week: string) => week.slice(5) },
    y: { domain: groups, label: null },
    color: SHARE_COLOR,
    marks: [
      Plot.cell(data, { x: 'week', y: 'group', fill: 'share', inset: 0.5 }),
      Plot.text(data, {
        x: 'week',
        y: 'group',
        text: (point: WeeklyShare) => (point.share === null ? '' : point.share.toFixed(0)),
        fill: '#1b1b1b',
      }),
    ],
  });
}

/** The key of the colours of {@link weeklyShareChart}. */
export function shareLegend(label: string): SVGSVGElement | HTMLElement {
  return Plot.legend({ color: { ...SHARE_COLOR, label }, width: 260 });
}

/** Bars of each stage's median, with a tick at its 90th percentile. */
export function stageChart(
  stages: readonly StageDuration[],
  label: string,
  xLabel: string,
): SVGSVGElement | HTMLElement {
  const data = stages.filter((stage) => stage.median !== null);
  return Plot.plot({
    width: WIDTH,
    height: 40 + 32 * Math.max(1, data.length),
    marginLeft: 230,
    ariaLabel: label,
    x: { label: xLabel, grid: true, domain: [0, Math.max(1, ...data.map((stage) => stage.p90 ?? 0))] },
    y: { label: null, domain: data.map((stage) => stage.stage) },
    marks: [
      Plot.barX(data, { x: 'median', y: 'stage', fill: '#4e79a7' }),
      Plot.tickX(data, { x: 'p90', y: 'stage', stroke: '#b00020', strokeWidth: 3 }),
      Plot.ruleX([0]),
    ],
  });
}
