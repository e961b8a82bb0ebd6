/**
 * Surprise: how far an actual landed from the guidance, measured from the guided midpoint (the
 * point itself for point guidance). Computed here from the guidance and the actual the
 * scorecard already returns; when the API gains its own surprise field (issue 13), the
 * scorecard query asks for it and this function goes.
 */
export interface Surprise {
  /** (actual − midpoint) / |midpoint| × 100, for money and counts; null when the midpoint is 0. */
  percent: number | null;
  /** actual − midpoint in percentage points, for percent metrics (margins, growth rates). */
  points: number | null;
  /** (actual − midpoint) / (high − low): how many range widths from the midpoint; null for a point. */
  widths: number | null;
}

export interface GuidedFigure {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit: string;
}

export function guidanceMidpoint(guidance: GuidedFigure): number | null {
  if (guidance.low != null && guidance.high != null) return (guidance.low + guidance.high) / 2;
  return guidance.value ?? guidance.low ?? guidance.high ?? null;
}

export function surprise(guidance: GuidedFigure, actual: number): Surprise | null {
  const midpoint = guidanceMidpoint(guidance);
  if (midpoint === null) return null;
  const difference = actual - midpoint;
  const width = guidance.low != null && guidance.high != null ? guidance.high - guidance.low : 0;
  const inPoints = guidance.unit === "percent";
  return {
    percent: inPoints || midpoint === 0 ? null : (difference / Math.abs(midpoint)) * 100,
    points: inPoints ? difference : null,
    widths: width > 0 ? difference / width : null,
  };
}
