import type { Role } from "../model/transcript.js";

/*
 * The parameter rows of the `cypher/load/` statements: what `buildCallGraph` makes of one call.
 */

/** A shared node that is merged by id: a name, and the other spellings seen for it. */
export interface NamedRow {
  id: string;
  name: string;
  aliases: string[];
}

export interface CompanyRow extends NamedRow {
  ticker: string | null;
}

export interface TopicRow extends NamedRow {
  /** null when the extractor saw no evidence of the topic's kind. */
  kind: string | null;
  /**
   * The spellings that are the topic itself (their topicKey is the topic's key: "Olive Garden",
   * "olive garden"), of which the graph names the topic; `aliases` also holds the others the call
   * merged into it ("Olive", "Garden").
   */
  names: string[];
}

export interface ParticipationRow {
  personId: string;
  role: Role;
  title: string | null;
  organization: string | null;
  turns: number;
}

export interface EmploymentRow {
  personId: string;
  employerId: string;
  title: string | null;
}

export interface TurnRow {
  id: string;
  speakerId: string | null;
  props: Record<string, unknown>;
}

export interface ExchangeRow {
  id: string;
  askedById: string | null;
  props: Record<string, unknown>;
  turns: { id: string; position: number }[];
}

export interface MentionRow {
  turnId: string;
  targetId: string;
  count: number;
}

export interface FactRow {
  id: string;
  turnId: string | null;
  metricId: string;
  periodId: string;
  props: Record<string, unknown>;
}

export interface PeriodRow {
  id: string;
  label: string;
  fiscalYear: number | null;
  fiscalQuarter: number | null;
  half: number | null;
  /** quarter | half | year | ytd, or `other` for a label outside the grammar of `periodProps`. */
  kind: string;
}

export interface ResolutionRow {
  guidanceId: string;
  actualId: string;
  position: string;
  verdict: string | null;
}

/**
 * Everything the load stage writes for one call, as parameter rows for the `cypher/load/`
 * statements. Shared rows are sorted by id so concurrent loads lock shared nodes in one order.
 */
export interface CallGraph {
  callId: string;
  companyId: string | null;
  call: Record<string, unknown>;
  company: CompanyRow | null;
  people: NamedRow[];
  firms: NamedRow[];
  organizations: NamedRow[];
  topics: TopicRow[];
  participations: ParticipationRow[];
  /** Executives' employment at the call's company. */
  companyEmployments: EmploymentRow[];
  /** Analysts' employment at their firms. */
  firmEmployments: EmploymentRow[];
  turns: TurnRow[];
  exchanges: ExchangeRow[];
  topicMentions: MentionRow[];
  organizationMentions: MentionRow[];
  personMentions: MentionRow[];
  metrics: { id: string; name: string; higherIsBetter: boolean | null }[];
  periods: PeriodRow[];
  facts: FactRow[];
  /** Guidance resolved against actuals within this call (the extraction's own outcomes). */
  resolutions: ResolutionRow[];
}
