/**
 * The facts the extract stage derives from a transcript. Pure data, no behaviour.
 * Every fact names the turn it came from and the exact quote, with offsets into `Transcript.text`.
 */

export type FactKind = "actual" | "guidance" | "prior" | "change";
/** GAAP (reported), non-GAAP (adjusted, core, pro forma), or constant currency (exchange rates held, "FX-neutral"). */
export type Basis = "GAAP" | "non-GAAP" | "constant currency";
export type StatedBy = "company" | "analyst";
/** ISO currency codes of money. */
export type Currency = "USD" | "EUR" | "GBP" | "DKK" | "JPY" | "CHF" | "CAD";
/**
 * A currency for amounts of money; a currency per share ("USD/share") for per-share measures
 * (EPS $1.23, a dividend of $0.25 a share); the rest are dimensionless or counted.
 */
export type Unit = Currency | `${Currency}/share` | "percent" | "bps" | "days" | "times" | "count";

export interface MetricFact {
  /** Shared vocabulary from DESIGN.md (`revenue`, `gross_margin`, `eps`, …) or a clear snake_case name. */
  metric: string;
  /** A point value, or null when the fact is a range. Money in plain units; percent as 51 for 51%. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  /** `2015-Q2`, `2015-H1`, `2015-FY` (fiscal). */
  period: string;
  kind: FactKind;
  basis: Basis | null;
  statedBy: StatedBy;
  /** Participant name of the speaker. */
  speaker: string | null;
  /** Turn index. */
  turn: number;
  /** The sentence (or clause) that states the fact, exactly as in the source. */
  quote: string;
  /** Offsets of `quote` into `Transcript.text`. */
  start: number;
  end: number;
  /**
   * Whom the figure is for: `company` for the whole company, else the segment, product, region or
   * business its sentence names ("Water Infrastructure", "U.S."). Vocabulary names are used only
   * for company-scope facts.
   */
  scope: string;
  /** How sure the extractor is that every field is right, 0 to 1. */
  confidence: number;
}

/** What a topic names; a topic without evidence of its kind has none (null). */
export type TopicKind = "product" | "program" | "segment" | "technology" | "market" | "region" | "theme" | "financial";

export interface Topic {
  name: string;
  kind: TopicKind | null;
  aliases: string[];
  /** Turn indices that mention the topic (any alias), ascending, no duplicates. */
  mentions: number[];
}

export interface MentionedEntity {
  name: string;
  /** Other spellings merged into this one ("Aamar Hussain" into "Aamir Hussain"). */
  aliases: string[];
  /** Turn indices, ascending, no duplicates. */
  mentions: number[];
}

export interface Mentions {
  organizations: MentionedEntity[];
  people: MentionedEntity[];
}

export type Position = "above" | "within" | "below";
export type Verdict = "beat" | "met" | "missed";

/** A guidance fact matched to the actual reported for the period it targets. */
export interface GuidanceOutcome {
  metric: string;
  period: string;
  /** Index into the guidance call's `metrics`. */
  guidance: number;
  /** Index into the actual call's `metrics`. */
  actual: number;
  position: Position;
  /** Null where the metric does not say whether higher is better. */
  verdict: Verdict | null;
}

export interface Extraction {
  metrics: MetricFact[];
  topics: Topic[];
  mentions: Mentions;
  /** Guidance resolved against actuals within this same call. */
  outcomes: GuidanceOutcome[];
}
