import type { Rating } from '../../rule/types';
import { escapeHtml } from './escape';

/** Rounds to one decimal for SVG coordinates, so output is short and stable. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A ring gauge for a 0..100 score, coloured by rating, labelled for screen readers. */
export function scoreGauge(score: number, rating: Rating): string {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * circumference;
  return [
    `<svg class="gauge" viewBox="0 0 120 120" role="img" aria-label="Score ${score} out of 100, ${escapeHtml(rating)}">`,
    `<circle class="track" cx="60" cy="60" r="${radius}" fill="none" stroke-width="12"/>`,
    `<circle class="stroke-${escapeHtml(rating)}" cx="60" cy="60" r="${radius}" fill="none" stroke-width="12" stroke-linecap="round" stroke-dasharray="${n(filled)} ${n(circumference)}" transform="rotate(-90 60 60)"/>`,
    `<text x="60" y="68" text-anchor="middle" font-size="28">${score}</text>`,
    '</svg>',
  ].join('');
}

/** A horizontal bar for a 0..1 share; decorative, as the number is written beside it. */
export function shareBar(share: number): string {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10;
  return `<div class="bar" aria-hidden="true"><span style="width:${width}%"></span></div>`;
}

/** One column of a column chart. */
export interface Column {
  /** Label under the column. */
  readonly label: string;
  /** Height. */
  readonly value: number;
}

const WIDTH = 600;
const HEIGHT = 180;
const BOTTOM = 150;
const TOP = 20;

/**
 * A column chart as inline SVG. `description` is its text alternative: the chart is an image
 * to assistive technology, so the description must carry the figures.
 */
export function columnChart(columns: readonly Column[], description: string): string {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const every = Math.ceil(columns.length / 8);
  const parts = columns.map((c, i) => {
    const h = ((BOTTOM - TOP) * c.value) / max;
    const x = i * slot + slot * 0.15;
    const label =
      i % every === 0 || i === columns.length - 1
        ? `<text x="${n(x + slot * 0.35)}" y="${BOTTOM + 16}" text-anchor="middle">${escapeHtml(c.label)}</text>`
        : '';
    const value =
      c.value > 0
        ? `<text x="${n(x + slot * 0.35)}" y="${n(BOTTOM - h - 4)}" text-anchor="middle">${c.value}</text>`
        : '';
    return `<rect class="col" x="${n(x)}" y="${n(BOTTOM - h)}" width="${n(slot * 0.7)}" height="${n(h)}"/>${value}${label}`;
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(description)}"><line class="axis" x1="0" y1="${BOTTOM}" x2="${WIDTH}" y2="${BOTTOM}"/>${parts.join('')}</svg>`;
}

/**
 * A line chart of values over equally spaced points, with labels under the first and last and
 * every few in between, as inline SVG with `description` as its text alternative.
 */
export function lineChart(
  points: readonly Column[],
  description: string,
  options: { readonly max?: number; readonly format?: (value: number) => string } = {},
): string {
  const max = options.max ?? Math.max(1, ...points.map((p) => p.value));
  const format = options.format ?? String;
  const step = points.length > 1 ? (WIDTH - 40) / (points.length - 1) : 0;
  const every = Math.ceil(points.length / 8);
  const xy = points.map((p, i) => ({
    x: 20 + i * step,
    y: BOTTOM - ((BOTTOM - TOP) * Math.max(0, p.value)) / max,
    p,
    i,
  }));
  const path = xy.map(({ x, y }, i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join(' ');
  const marks = xy.map(({ x, y, p, i }) => {
    const label =
      i % every === 0 || i === points.length - 1
        ? `<text x="${n(x)}" y="${BOTTOM + 16}" text-anchor="middle">${escapeHtml(p.label)}</text><text x="${n(x)}" y="${n(y - 7)}" text-anchor="middle">${escapeHtml(format(p.value))}</text>`
        : '';
    return `<circle class="dot" cx="${n(x)}" cy="${n(y)}" r="3"/>${label}`;
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(description)}"><line class="axis" x1="0" y1="${BOTTOM}" x2="${WIDTH}" y2="${BOTTOM}"/><path class="line" d="${path}"/>${marks.join('')}</svg>`;
}
