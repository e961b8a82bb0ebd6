import type { CallGraph } from "./call-graph-rows.js";

/**
 * The `$batch` parameters of the load statements, from a call's graph. Rows point at the call's
 * own turns and exchanges by position (`at`) in the lists the statements build once, ordered by
 * `index`, instead of by id: an id costs an index seek per row, and a call has hundreds of such
 * rows (mentions, NEXT, INCLUDES, STATES, SPOKEN_BY). Rows that point at a shared node (a person,
 * a topic) are grouped by it, so each shared node is looked up once per call. Pure.
 */
export interface StatementParams {
  turns: { props: Record<string, unknown> }[];
  exchanges: { props: Record<string, unknown>; turns: { at: number; position: number }[] }[];
  facts: { metricId: string; periodId: string; at: number | null; props: Record<string, unknown> }[];
  speakers: { personId: string; turns: number[] }[];
  askers: { personId: string; exchanges: number[] }[];
  topicMentions: GroupedMentions[];
  organizationMentions: GroupedMentions[];
  personMentions: GroupedMentions[];
}

export interface GroupedMentions {
  targetId: string;
  turns: { at: number; count: number }[];
}

export function statementParams(graph: CallGraph): StatementParams {
  const turns = [...graph.turns].sort((a, b) => indexOf(a.props) - indexOf(b.props));
  const exchanges = [...graph.exchanges].sort((a, b) => indexOf(a.props) - indexOf(b.props));
  const turnAt = new Map(turns.map((t, at) => [t.id, at]));
  const at = (turnId: string): number => {
    const found = turnAt.get(turnId);
    if (found === undefined) throw new Error(`Expected turn ${turnId} among the call's turns`);
    return found;
  };

  const speakers = new Grouped<number>();
  turns.forEach((t, i) => t.speakerId !== null && speakers.add(t.speakerId, i));
  const askers = new Grouped<number>();
  exchanges.forEach((x, i) => x.askedById !== null && askers.add(x.askedById, i));
  const mentions = (rows: CallGraph["topicMentions"]): GroupedMentions[] => {
    const byTarget = new Grouped<{ at: number; count: number }>();
    for (const m of rows) byTarget.add(m.targetId, { at: at(m.turnId), count: m.count });
    return byTarget.entries().map(([targetId, list]) => ({ targetId, turns: list }));
  };

  return {
    turns: turns.map((t) => ({ props: t.props })),
    exchanges: exchanges.map((x) => ({ props: x.props, turns: x.turns.map((t) => ({ at: at(t.id), position: t.position })) })),
    facts: graph.facts.map((f) => ({ metricId: f.metricId, periodId: f.periodId, at: f.turnId === null ? null : at(f.turnId), props: f.props })),
    speakers: speakers.entries().map(([personId, list]) => ({ personId, turns: list })),
    askers: askers.entries().map(([personId, list]) => ({ personId, exchanges: list })),
    topicMentions: mentions(graph.topicMentions),
    organizationMentions: mentions(graph.organizationMentions),
    personMentions: mentions(graph.personMentions),
  };
}

function indexOf(props: Record<string, unknown>): number {
  return typeof props.index === "number" ? props.index : 0;
}

/** Values grouped by key; keys come out sorted, so concurrent loads lock shared nodes in one order. */
class Grouped<T> {
  private readonly byKey = new Map<string, T[]>();

  add(key: string, value: T): void {
    const list = this.byKey.get(key);
    if (list === undefined) this.byKey.set(key, [value]);
    else list.push(value);
  }

  entries(): [string, T[]][] {
    return [...this.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
