/**
 * Charts drawn with Observable Plot: SVG, so they take the page's font, stay sharp at any zoom,
 * carry ARIA labels, and their marks are DOM elements a click can open the quote of. Each chart
 * has a table beside it with the same numbers as links, which is the keyboard's way in.
 */
import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "preact/hooks";
import { formatFact, formatTick, formatValue } from "../lib/format";
import type { ChartPoint } from "../lib/series";

export const COLORS = {
  ink: "#1c2433",
  muted: "#5d6778",
  grid: "#e3e7ee",
  accent: "#3451b2",
  guidanceFill: "#f2b84b",
  guidanceStroke: "#c98a12",
  bar: "#5b74d6",
};

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    setWidth(Math.floor(element.getBoundingClientRect().width));
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Band padding that keeps bars at most `max` pixels wide however few periods there are. */
function bandPadding(width: number, count: number, max: number, min = 0.3): number {
  const step = width / Math.max(count, 1);
  return Math.min(0.9, Math.max(min, 1 - max / step));
}

function attachClicks<T>(svg: Element, selector: string, rows: readonly T[], open: (row: T) => void): void {
  svg.querySelectorAll(selector).forEach((element, index) => {
    const row = rows[index];
    if (row === undefined) return;
    element.classList.add("clickable");
    element.addEventListener("click", () => open(row));
  });
}

const baseStyle = { fontFamily: "inherit", fontSize: "12px", color: COLORS.muted, background: "transparent", overflow: "visible" } as const;

interface HeadlineRow {
  periodLabel: string;
  value: number;
  source: "actual" | "prior";
  factId: string;
}

interface GuidanceRow {
  periodLabel: string;
  low: number;
  high: number;
  factId: string;
  text: string;
}

/**
 * A metric per period: the headline figure as a line (filled dots for actuals, hollow ones for a
 * figure only a later call recalls), guidance ranges as amber bands, point guidance as a dashed
 * tick. A click on a dot or a band opens its quote.
 */
export function MetricChart({ points, unit, label, onOpenFact }: { points: ChartPoint[]; unit: string; label: string; onOpenFact: (factId: string) => void }) {
  const [ref, width] = useWidth();
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = target.current;
    if (host === null || width === 0) return;
    const domain = points.map((point) => point.periodLabel);
    const headline: HeadlineRow[] = points.flatMap((point) =>
      point.headline === null ? [] : [{ periodLabel: point.periodLabel, value: point.headline.value, source: point.headline.source, factId: point.headline.fact.id }],
    );
    const ranges: GuidanceRow[] = [];
    const ticks: GuidanceRow[] = [];
    for (const point of points) {
      for (const fact of point.guidance) {
        if (fact.low != null && fact.high != null && fact.high > fact.low) ranges.push({ periodLabel: point.periodLabel, low: fact.low, high: fact.high, factId: fact.id, text: formatFact(fact) });
        else if (fact.value != null || fact.low != null) {
          const value = (fact.value ?? fact.low)!;
          ticks.push({ periodLabel: point.periodLabel, low: value, high: value, factId: fact.id, text: formatFact(fact) });
        }
      }
    }
    const labelled = domain.length <= 12;
    const chart = Plot.plot({
      width,
      height: width < 520 ? 240 : 300,
      marginLeft: 64,
      marginRight: 16,
      marginTop: 28,
      marginBottom: 36,
      style: baseStyle,
      ariaLabel: `${label} per period`,
      x: { type: "band", domain, label: null, padding: bandPadding(width - 80, domain.length, 96, 0.35), tickSize: 0 },
      y: { grid: true, label: null, nice: true, ticks: 5, tickFormat: (value: number) => formatTick(value, unit), tickSize: 0 },
      marks: [
        Plot.barY(ranges, {
          x: "periodLabel",
          y1: "low",
          y2: "high",
          fill: COLORS.guidanceFill,
          fillOpacity: 0.35,
          stroke: COLORS.guidanceStroke,
          strokeWidth: 1,
          rx: 3,
          className: "mark-guidance-range",
          ariaLabel: (row: GuidanceRow) => `${row.periodLabel} guidance ${row.text}`,
          title: (row: GuidanceRow) => `${row.periodLabel} guidance ${row.text}`,
        }),
        Plot.tickY(ticks, { x: "periodLabel", y: "low", stroke: COLORS.guidanceStroke, strokeWidth: 2.5, strokeDasharray: "5,3", className: "mark-guidance-point", ariaLabel: (row: GuidanceRow) => `${row.periodLabel} guidance ${row.text}`, title: (row: GuidanceRow) => `${row.periodLabel} guidance ${row.text}` }),
        Plot.lineY(headline, { x: "periodLabel", y: "value", stroke: COLORS.accent, strokeWidth: 2.5, ariaHidden: "true" }),
        Plot.dot(headline, {
          x: "periodLabel",
          y: "value",
          r: 5.5,
          stroke: COLORS.accent,
          strokeWidth: 2.5,
          fill: (row: HeadlineRow) => (row.source === "actual" ? COLORS.accent : "white"),
          className: "mark-headline",
          ariaLabel: (row: HeadlineRow) => `${row.periodLabel} ${formatValue(row.value, unit)}`,
          title: (row: HeadlineRow) => `${row.periodLabel}: ${formatValue(row.value, unit)}${row.source === "prior" ? " (as a later call recalls it)" : ""}. Click for the quote.`,
        }),
        labelled
          ? Plot.text(headline, { x: "periodLabel", y: "value", text: (row: HeadlineRow) => formatValue(row.value, unit), dy: -14, fill: COLORS.ink, fontWeight: 600, fontSize: 12, ariaHidden: "true" })
          : null,
      ],
    });
    attachClicks(chart, "g.mark-headline circle", headline, (row) => onOpenFact(row.factId));
    attachClicks(chart, "g.mark-guidance-range rect", ranges, (row) => onOpenFact(row.factId));
    attachClicks(chart, "g.mark-guidance-point line", ticks, (row) => onOpenFact(row.factId));
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [points, unit, width]);
  return (
    <div ref={ref} class="chart">
      <div ref={target} />
    </div>
  );
}

export interface BarRow {
  label: string;
  value: number;
  detail: string;
}

/** Counts per category (a topic's mentions per period); a click on a bar opens what it counts. */
export function BarChart({ rows, label, onOpen }: { rows: BarRow[]; label: string; onOpen: (row: BarRow) => void }) {
  const [ref, width] = useWidth();
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = target.current;
    if (host === null || width === 0) return;
    const chart = Plot.plot({
      width,
      height: width < 520 ? 200 : 240,
      marginLeft: 40,
      marginTop: 24,
      marginBottom: 36,
      style: baseStyle,
      ariaLabel: label,
      x: { type: "band", domain: rows.map((row) => row.label), label: null, padding: bandPadding(width - 40, rows.length, 72), tickSize: 0 },
      y: { grid: true, label: null, nice: true, ticks: 4, tickSize: 0, tickFormat: (value: number) => (Number.isInteger(value) ? String(value) : "") },
      marks: [
        Plot.barY(rows, { x: "label", y: "value", fill: COLORS.bar, rx: 3, className: "mark-bars", ariaLabel: (row: BarRow) => `${row.label}: ${row.detail}`, title: (row: BarRow) => `${row.label}: ${row.detail}. Click for the turns.` }),
        Plot.text(rows, { x: "label", y: "value", text: (row: BarRow) => String(row.value), dy: -10, fill: COLORS.ink, fontWeight: 600, ariaHidden: "true" }),
        Plot.ruleY([0], { stroke: COLORS.grid }),
      ],
    });
    attachClicks(chart, "g.mark-bars rect", rows, onOpen);
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [rows, width]);
  return (
    <div ref={ref} class="chart">
      <div ref={target} />
    </div>
  );
}
