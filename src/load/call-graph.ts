import { companyKey, firmKey, firmName, organizationKey, personKey, topicKey } from "../extract/mentions/identity.js";
import { metricDefinition } from "../extract/metrics/lexicon.js";
import type { Extraction, MentionedEntity } from "../model/facts.js";
import type { Participant, Role, Transcript } from "../model/transcript.js";
import { countMentionsInLowerCase } from "./count-mentions.js";
import type {
  CallGraph,
  EmploymentRow,
  ExchangeRow,
  FactRow,
  MentionRow,
  NamedRow,
  ParticipationRow,
  PeriodRow,
  TopicRow,
  TurnRow,
} from "./call-graph-rows.js";
import * as ids from "./graph-ids.js";

export type { CallGraph, ResolutionRow } from "./call-graph-rows.js";

/** The call's graph from the stage outputs; pure, deterministic for the same inputs. */
export function buildCallGraph(transcript: Transcript, extraction: Extraction): CallGraph {
  const info = transcript.call;
  const callId = callIdFor(transcript);
  const compId = companyIdFor(transcript);
  const period = info.fiscalYear !== null && info.fiscalQuarter !== null ? `${info.fiscalYear}-Q${info.fiscalQuarter}` : null;

  const people = new NamedRows();
  const firms = new NamedRows();
  const speakers = new Map<string, { id: string; role: Role }>();
  const participations = new Map<string, ParticipationRow>();
  const companyEmployments = new Map<string, EmploymentRow>();
  const firmEmployments = new Map<string, EmploymentRow>();

  for (const p of transcript.participants) {
    const id = participantId(p, callId);
    people.add(id, p.name, p.aliases);
    for (const name of [p.name, ...p.aliases]) if (!speakers.has(name)) speakers.set(name, { id, role: p.role });
    const seen = participations.get(id);
    if (seen !== undefined) {
      seen.turns += p.turns;
    } else {
      participations.set(id, { personId: id, role: p.role, title: p.title, organization: p.organization, turns: p.turns });
    }
    if (p.role === "executive" && compId !== null) {
      companyEmployments.set(id, { personId: id, employerId: compId, title: p.title });
    } else if (p.role === "analyst" && p.organization !== null) {
      const key = nonEmpty(firmKey(p.organization));
      if (key !== null) {
        firms.add(ids.firmId(key), firmName(p.organization), [p.organization]);
        firmEmployments.set(`${id} ${key}`, { personId: id, employerId: ids.firmId(key), title: p.title });
      }
    }
  }

  const speakerOf = (name: string | null): { id: string; role: Role | null } | null => {
    if (name === null) return null;
    const known = speakers.get(name);
    if (known !== undefined) return known;
    const key = nonEmpty(personKey(name));
    if (key === null) return null;
    people.add(ids.personId(key), name, []);
    return { id: ids.personId(key), role: null };
  };

  const turnIds = new Map<number, string>();
  const turns: TurnRow[] = transcript.turns.map((t) => {
    const id = ids.turnId(callId, t.index);
    turnIds.set(t.index, id);
    const speaker = speakerOf(t.speaker);
    return {
      id,
      speakerId: speaker?.id ?? null,
      props: {
        id,
        index: t.index,
        section: t.section,
        speakerName: t.speaker,
        role: speaker?.role ?? null,
        text: t.text,
        start: t.start,
        end: t.end,
        line: t.line,
        callId,
        // The call's company, for the full-text index to filter a search by company (cypher/schema/41-*).
        companyId: compId,
      },
    };
  });

  const exchanges: ExchangeRow[] = transcript.exchanges.map((x) => {
    const id = ids.exchangeId(callId, x.index);
    return {
      id,
      askedById: speakerOf(x.analyst)?.id ?? null,
      props: { id, index: x.index, analystName: x.analyst, organization: x.organization, callId },
      turns: x.turns.flatMap((index, position) => {
        const tid = turnIds.get(index);
        return tid === undefined ? [] : [{ id: tid, position }];
      }),
    };
  });

  const textOf = new Map(transcript.turns.map((t) => [t.index, t.text]));
  const lowerTexts = new Map<number, string>();
  const lowerTextOf = (index: number): string => {
    let lower = lowerTexts.get(index);
    if (lower === undefined) lowerTexts.set(index, (lower = (textOf.get(index) ?? "").toLowerCase()));
    return lower;
  };
  const mentionRows = (targetId: string, names: string[], mentions: number[]): MentionRow[] =>
    mentions.flatMap((index) => {
      const tid = turnIds.get(index);
      return tid === undefined ? [] : [{ turnId: tid, targetId, count: Math.max(1, countMentionsInLowerCase(lowerTextOf(index), names)) }];
    });

  const topics = new Map<string, TopicRow>();
  const topicMentions = new MentionRows();
  for (const t of extraction.topics) {
    const key = nonEmpty(topicKey(t.name));
    if (key === null) continue;
    const id = ids.topicId(key);
    const row = topics.get(id);
    const names = [t.name, ...t.aliases].filter((s) => topicKey(s) === key);
    if (row === undefined) topics.set(id, { id, name: t.name, kind: t.kind, aliases: unique(t.aliases.filter((a) => a !== t.name)), names: unique(names) });
    else {
      row.aliases = unique([...row.aliases, t.name, ...t.aliases].filter((a) => a !== row.name));
      row.names = unique([...row.names, ...names]);
    }
    topicMentions.add(mentionRows(id, [t.name, ...t.aliases], t.mentions));
  }

  const organizations = new NamedRows();
  const organizationMentions = entityMentions(extraction.mentions.organizations, (name) => {
    const key = nonEmpty(organizationKey(name));
    return key === null ? null : ids.organizationId(key);
  }, organizations, mentionRows);
  const personMentions = entityMentions(extraction.mentions.people, (name) => {
    const key = nonEmpty(personKey(name));
    return key === null ? null : ids.personId(key);
  }, people, mentionRows);

  const metrics = new Map<string, CallGraph["metrics"][number]>();
  const periods = new Map<string, PeriodRow>();
  const facts: FactRow[] = [];
  extraction.metrics.forEach((f, index) => {
    const mid = ids.metricId(f.metric);
    if (!metrics.has(mid)) metrics.set(mid, { id: mid, name: f.metric, higherIsBetter: metricDefinition(f.metric)?.higherIsBetter ?? null });
    const pid = ids.periodId(f.period);
    if (!periods.has(pid)) periods.set(pid, periodRow(pid, f.period));
    const id = ids.factId(callId, index);
    facts.push({
      id,
      turnId: turnIds.get(f.turn) ?? null,
      metricId: mid,
      periodId: pid,
      props: {
        id,
        index,
        metric: f.metric,
        period: f.period,
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        kind: f.kind,
        basis: f.basis,
        statedBy: f.statedBy,
        scope: f.scope,
        confidence: f.confidence,
        speakerName: f.speaker,
        quote: f.quote,
        start: f.start,
        end: f.end,
        turnIndex: f.turn,
        callId,
        companyId: compId,
      },
    });
  });

  const resolutions = extraction.outcomes.flatMap((o) => {
    const g = facts[o.guidance];
    const a = facts[o.actual];
    return g === undefined || a === undefined ? [] : [{ guidanceId: g.id, actualId: a.id, position: o.position, verdict: o.verdict }];
  });

  return {
    callId,
    companyId: compId,
    call: {
      companyName: info.company,
      companyId: compId,
      ticker: info.ticker,
      fiscalYear: info.fiscalYear,
      fiscalQuarter: info.fiscalQuarter,
      period,
      periodSource: info.periodSource,
      date: info.date,
      format: transcript.format,
      // The file's base name is what clients see; the path given at ingest stays for ingest's own
      // bookkeeping (which file of a run holds a call).
      sourceName: baseName(transcript.source.name),
      sourcePath: transcript.source.name,
      sourceHash: transcript.source.sha256,
      sourceBytes: transcript.source.bytes,
      turnCount: transcript.turns.length,
      factCount: facts.length,
    },
    company:
      compId === null
        ? null
        : { id: compId, name: info.company ?? info.ticker ?? "", aliases: [], ticker: ids.normalTicker(info.ticker) ?? info.ticker },
    people: people.rows(),
    firms: firms.rows(),
    organizations: organizations.rows(),
    topics: [...topics.values()].sort(byId),
    participations: [...participations.values()].sort((a, b) => compare(a.personId, b.personId)),
    companyEmployments: [...companyEmployments.values()].sort((a, b) => compare(a.personId, b.personId)),
    firmEmployments: [...firmEmployments.values()].sort((a, b) => compare(a.personId, b.personId)),
    turns,
    exchanges,
    topicMentions: topicMentions.rows(),
    organizationMentions,
    personMentions,
    metrics: [...metrics.values()].sort(byId),
    periods: [...periods.values()].sort(byId),
    facts,
    resolutions,
  };
}

/** The id of the Call node a transcript loads into (graph-ids.ts `callId`). */
export function callIdFor(transcript: Transcript): string {
  const { fiscalYear, fiscalQuarter } = transcript.call;
  return ids.callId({ companyKey: callCompanyKey(transcript), fiscalYear, fiscalQuarter, sha256: transcript.source.sha256 });
}

/** The id of the call's Company node (null when the transcript names no company): what loads lock. */
export function companyIdFor(transcript: Transcript): string | null {
  const key = callCompanyKey(transcript);
  return key === null ? null : ids.companyId(key);
}

/** The company's identity key (graph-ids.ts `companyIdentityKey`: the ticker when known, else the name). */
function callCompanyKey(transcript: Transcript): string | null {
  const { company, ticker } = transcript.call;
  const nameKey = company !== null || ticker !== null ? nonEmpty(companyKey(company ?? ticker ?? "")) : null;
  return ids.companyIdentityKey({ ticker, nameKey });
}

function participantId(p: Participant, callId: string): string {
  if (p.role === "operator") return ids.operatorId(callId);
  const key = nonEmpty(personKey(p.name));
  if (p.anonymous) return ids.anonymousPersonId(callId, key ?? p.name);
  // A name with no identity (only titles or punctuation) must not merge people across calls.
  return key === null ? `${ids.personId("unnamed")}:${callId}:${p.name}` : ids.personId(key);
}

function entityMentions(
  entities: MentionedEntity[],
  idOf: (name: string) => string | null,
  into: NamedRows,
  mentionRows: (targetId: string, names: string[], mentions: number[]) => MentionRow[],
): MentionRow[] {
  const rows = new MentionRows();
  for (const e of entities) {
    const id = idOf(e.name);
    if (id === null) continue;
    into.add(id, e.name, e.aliases);
    rows.add(mentionRows(id, [e.name, ...e.aliases], e.mentions));
  }
  return rows.rows();
}

/** One MENTIONS per turn and target, even when two extracted names share an identity key. */
class MentionRows {
  private readonly byPair = new Map<string, MentionRow>();

  add(rows: MentionRow[]): void {
    for (const row of rows) {
      const key = `${row.turnId} ${row.targetId}`;
      const seen = this.byPair.get(key);
      if (seen === undefined) this.byPair.set(key, { ...row });
      else seen.count = Math.max(seen.count, row.count);
    }
  }

  rows(): MentionRow[] {
    return [...this.byPair.values()];
  }
}

/** Named shared nodes of one call, merged by id, keeping the first name and every other spelling. */
class NamedRows {
  private readonly byId = new Map<string, NamedRow>();

  add(id: string, name: string, aliases: string[]): void {
    const row = this.byId.get(id);
    if (row === undefined) {
      this.byId.set(id, { id, name, aliases: unique(aliases.filter((a) => a !== name)) });
    } else {
      row.aliases = unique([...row.aliases, name, ...aliases].filter((a) => a !== row.name));
    }
  }

  rows(): NamedRow[] {
    return [...this.byId.values()].sort(byId);
  }
}

function periodRow(id: string, label: string): PeriodRow {
  return { id, ...(ids.periodProps(label) ?? { label, fiscalYear: null, fiscalQuarter: null, half: null, kind: "other" }) };
}

/** `calix-2015-q2.txt` for `../shared/seed/calix-2015-q2.txt` (either separator); null stays null. */
function baseName(path: string | null): string | null {
  return path === null ? null : (path.split(/[\\/]/).pop() ?? path);
}

function nonEmpty(key: string | null | undefined): string | null {
  return key === null || key === undefined || key === "" ? null : key;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compare(a.id, b.id);
}
