/**
 * Inline SVG charts (no script): a coverage timeline for a story and figure-over-time scatter plots for the ledger.
 * Every label is untrusted text and goes through the `html` template.
 */
import { html, type SafeHtml } from '../html.js';
import { formatDate, formatValue } from './format.js';

export interface TimelinePoint {
  label: string;
  time: number;
  href: string;
  tooltip: string;
  classes: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

function timeRange(times: number[]): [number, number] {
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max - min < HOUR) {
    min -= 6 * HOUR;
    max += 6 * HOUR;
  }
  const pad = (max - min) * 0.04;
  return [min - pad, max + pad];
}

/** Axis labels: the day and time when the axis spans less than two days, else the date. */
function dateLabel(time: number, span: number): string {
  const iso = new Date(time).toISOString();
  if (span >= 2 * DAY) return formatDate(iso.slice(0, 10));
  return `${formatDate(iso.slice(0, 10)).replace(/ \d{4}$/, '')}, ${iso.slice(11, 16)}`;
}

/** One lane per article, a dot at its publication time, linked to its column on the page. */
export function timeline(points: readonly TimelinePoint[]): SafeHtml {
  if (points.length === 0) return html``;
  const left = 150;
  const width = 640;
  const right = 16;
  const laneHeight = 26;
  const top = 10;
  const height = top + points.length * laneHeight + 30;
  const [min, max] = timeRange(points.map((p) => p.time));
  const x = (time: number) => left + ((time - min) / (max - min)) * (width - left - right);
  const ticks = [min + (max - min) * 0.04, (min + max) / 2, max - (max - min) * 0.04];
  const axisY = top + points.length * laneHeight + 4;
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Coverage over time">
${points.map((point, i) => {
  const y = top + i * laneHeight + laneHeight / 2;
  const label = point.label.length > 22 ? `${point.label.slice(0, 21)}…` : point.label;
  return html`<line class="lane" x1="${left}" x2="${width - right}" y1="${y}" y2="${y}"></line>
<text x="${left - 8}" y="${y + 4}" text-anchor="end">${label}</text>
<a href="${point.href}"><circle class="dot ${point.classes}" cx="${x(point.time).toFixed(1)}" cy="${y}" r="7"><title>${point.tooltip}</title></circle></a>`;
})}
<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"></line>
${ticks.map(
  (tick, i) =>
    html`<text x="${x(tick).toFixed(1)}" y="${axisY + 16}" text-anchor="${i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}">${dateLabel(tick, max - min)}</text>`,
)}
</svg>`;
}

export interface ScatterPoint {
  time: number;
  value: number;
  href: string;
  tooltip: string;
  status: string;
}

/** Round numbers for a value axis from 0 (or the lowest negative value) to a little above the highest value. */
function niceTicks(low: number, high: number, count = 4): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.floor(low / step) * step; ; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= high || ticks.length > 2 * count + 2) break;
  }
  return ticks;
}

/** Figures of one unit over time: each point links to the article that reports it. */
export function scatter(points: readonly ScatterPoint[]): SafeHtml {
  if (points.length === 0) return html``;
  const width = 520;
  const height = 220;
  const left = 70;
  const right = 16;
  const top = 12;
  const bottom = 30;
  const [tMin, tMax] = timeRange(points.map((p) => p.time));
  const values = points.map((p) => p.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values));
  const vMin = ticks[0];
  const vMax = ticks[ticks.length - 1];
  const x = (time: number) => left + ((time - tMin) / (tMax - tMin)) * (width - left - right);
  const y = (value: number) => top + (1 - (value - vMin) / (vMax - vMin || 1)) * (height - top - bottom);
  const timeTicks = [tMin + (tMax - tMin) * 0.04, (tMin + tMax) / 2, tMax - (tMax - tMin) * 0.04];
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Figures over time">
${ticks.map(
  (tick) =>
    html`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}"></line><text x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${formatValue(tick)}</text>`,
)}
<line class="axis" x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}"></line>
${timeTicks.map(
  (tick, i) =>
    html`<text x="${x(tick).toFixed(1)}" y="${height - bottom + 16}" text-anchor="${i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}">${dateLabel(tick, tMax - tMin)}</text>`,
)}
${points.map(
  (point) =>
    html`<a href="${point.href}"><circle class="dot ${point.status}" cx="${x(point.time).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="6"><title>${point.tooltip}</title></circle></a>`,
)}
</svg>`;
}
