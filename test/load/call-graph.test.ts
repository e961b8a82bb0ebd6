import { describe, expect, it } from "vitest";
import { companyKey, firmKey, organizationKey, personKey, topicKey } from "../../src/extract/mentions/identity.js";
import { buildCallGraph } from "../../src/load/call-graph.js";
import { statementParams } from "../../src/load/statement-params.js";
import { periodProps } from "../../src/load/graph-ids.js";
import { sampleCall } from "./sample-call.js";

describe("buildCallGraph", () => {
  const { transcript, extraction } = sampleCall();
  const graph = buildCallGraph(transcript, extraction);
  const callId = "call:ticker:LRKO:2031-Q2";

  it("names the call by company and quarter, and every per-call node by the call id", () => {
    expect(graph.callId).toBe(callId);
    expect(graph.companyId).toBe("company:ticker:LRKO");
    expect(graph.turns.map((t) => t.id)).toEqual(transcript.turns.map((t) => `${callId}#t${t.index}`));
    expect(graph.exchanges.map((x) => x.id)).toEqual([`${callId}#x0`, `${callId}#x1`]);
    expect(graph.facts.map((f) => f.id)).toEqual([`${callId}#m0`, `${callId}#m1`]);
    for (const row of [...graph.turns, ...graph.exchanges, ...graph.facts]) expect(row.props.callId).toBe(callId);
  });

  it("is deterministic: the same inputs give the same rows", () => {
    const again = sampleCall();
    expect(buildCallGraph(again.transcript, again.extraction)).toEqual(graph);
  });

  it("falls back to the source hash when the company or the quarter is unknown", () => {
    const { transcript: t, extraction: e } = sampleCall();
    const anonymous = buildCallGraph({ ...t, call: { ...t.call, company: null, ticker: null } }, e);
    expect(anonymous.callId).toBe(`call:sha:${t.source.sha256.slice(0, 16)}`);
    expect(anonymous.companyId).toBeNull();
    expect(anonymous.company).toBeNull();
    expect(anonymous.facts.every((f) => f.props.companyId === null)).toBe(true);
    const undated = buildCallGraph({ ...t, call: { ...t.call, fiscalQuarter: null } }, e);
    expect(undated.callId).toBe(`call:sha:${t.source.sha256.slice(0, 16)}`);
  });

  it("keys the company by its ticker when one is known, so spellings of its name do not split it", () => {
    const { transcript: t, extraction: e } = sampleCall({ quarter: 3 });
    const spelled = buildCallGraph({ ...t, call: { ...t.call, company: "Larkspur Optics", ticker: "lrko" } }, e);
    expect(spelled.companyId).toBe("company:ticker:LRKO");
    expect(spelled.company).toMatchObject({ id: "company:ticker:LRKO", name: "Larkspur Optics", ticker: "LRKO" });
    expect(spelled.callId).toBe("call:ticker:LRKO:2031-Q3");
    expect(spelled.facts.every((f) => f.props.companyId === "company:ticker:LRKO")).toBe(true);
    const prefixed = buildCallGraph({ ...t, call: { ...t.call, ticker: "NASDAQ: LRKO" } }, e);
    expect(prefixed.companyId).toBe("company:ticker:LRKO");
  });

  it("keys the company by its name when no usable ticker is known", () => {
    const { transcript: t, extraction: e } = sampleCall();
    for (const ticker of [null, "", "not a ticker"]) {
      const named = buildCallGraph({ ...t, call: { ...t.call, ticker } }, e);
      expect(named.companyId).toBe(`company:${companyKey("Larkspur Optics, Inc.")}`);
      expect(named.callId).toBe(`call:${companyKey("Larkspur Optics, Inc.")}:2031-Q2`);
    }
  });

  it("scopes placeholder speakers to the call: 'Unidentified Analyst' in two calls is two people", () => {
    const withPlaceholder = (quarter: number) => {
      const { transcript: t, extraction: e } = sampleCall({ quarter });
      t.participants.push({ name: "Unidentified Analyst", role: "analyst", organization: null, title: null, aliases: [], turns: 1, anonymous: true });
      t.turns[4] = { ...t.turns[4]!, speaker: "Unidentified Analyst" };
      t.exchanges[0] = { ...t.exchanges[0]!, analyst: "Unidentified Analyst", organization: null };
      return buildCallGraph(t, e);
    };
    const q2 = withPlaceholder(2);
    const q3 = withPlaceholder(3);
    const key = personKey("Unidentified Analyst");
    const anonId = (g: typeof q2) => `person:anon:${g.callId}:${key}`;
    expect(q2.people.map((p) => p.id)).toContain(anonId(q2));
    expect(q3.people.map((p) => p.id)).toContain(anonId(q3));
    expect(anonId(q2)).not.toBe(anonId(q3));
    expect(q2.people.map((p) => p.id)).not.toContain(`person:${key}`);
    expect(q2.turns[4]?.speakerId).toBe(anonId(q2));
    expect(q2.exchanges[0]?.askedById).toBe(anonId(q2));
    expect(q2.participations.map((p) => p.personId)).toContain(anonId(q2));
  });

  it("makes the operator a person of this call only, and everyone else one person across calls", () => {
    const ids = graph.people.map((p) => p.id);
    expect(ids).toContain(`person:operator:${callId}`);
    expect(ids).toContain(`person:${personKey("Dana Whitfield")}`);
    expect(ids).toContain(`person:${personKey("Helena Sato")}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(graph.people.find((p) => p.name === "Dana Whitfield")?.aliases).toEqual(["Dana Whitfeld"]);
  });

  it("links speakers, askers and employers", () => {
    const dana = `person:${personKey("Dana Whitfield")}`;
    expect(graph.turns[1]?.speakerId).toBe(dana);
    expect(graph.turns[1]?.props.role).toBe("executive");
    expect(graph.turns[0]?.speakerId).toBe(`person:operator:${callId}`);
    expect(graph.exchanges[0]?.askedById).toBe(`person:${personKey("Priya Natarajan")}`);
    expect(graph.exchanges[1]?.turns).toEqual([6, 7, 8].map((i, position) => ({ id: `${callId}#t${i}`, position })));
    expect(graph.companyEmployments.map((e) => e.personId).sort()).toEqual([dana, `person:${personKey("Omar Reyes")}`].sort());
    expect(graph.firms.map((f) => f.id)).toEqual([firmKey("Halden Securities"), firmKey("Marrow & Finch")].map((k) => `firm:${k}`).sort());
    expect(graph.firmEmployments).toHaveLength(2);
    expect(graph.participations).toHaveLength(transcript.participants.length);
  });

  it("gives the statements rows that point at the right turns by position, grouped by the shared node", () => {
    const batch = statementParams(graph);
    const indexAt = (at: number) => batch.turns[at]!.props.index;
    expect(batch.turns.map((t) => t.props.index)).toEqual(transcript.turns.map((t) => t.index));
    for (const f of batch.facts) {
      const fact = extraction.metrics[f.props.index as number]!;
      expect(f.at === null ? null : indexAt(f.at)).toBe(fact.turn);
    }
    const spoken = batch.speakers.flatMap((s) => s.turns.map((at): [unknown, string] => [indexAt(at), s.personId]));
    expect(new Map(spoken)).toEqual(new Map(graph.turns.filter((t) => t.speakerId !== null).map((t): [unknown, string | null] => [t.props.index, t.speakerId])));
    const mentioned = batch.topicMentions.flatMap((m) => m.turns.map((t) => `${String(indexAt(t.at))} ${m.targetId} ${t.count}`));
    expect(mentioned.sort()).toEqual(graph.topicMentions.map((m) => `${m.turnId.split("#t")[1]} ${m.targetId} ${m.count}`).sort());
    expect(batch.topicMentions.map((m) => m.targetId)).toEqual([...new Set(graph.topicMentions.map((m) => m.targetId))].sort());
    for (const [i, x] of batch.exchanges.entries()) {
      expect(x.turns.map((t) => indexAt(t.at))).toEqual(transcript.exchanges[i]!.turns);
    }
  });

  it("counts how often each mentioned turn names a topic, alias included", () => {
    const glint = `topic:${topicKey("Glint")}`;
    const counts = graph.topicMentions.filter((m) => m.targetId === glint).map((m) => [m.turnId, m.count]);
    expect(counts).toEqual([
      [`${callId}#t1`, 1],
      [`${callId}#t2`, 2],
      [`${callId}#t4`, 1],
      [`${callId}#t5`, 4],
    ]);
    expect(graph.organizationMentions.map((m) => m.targetId)).toEqual([`org:${organizationKey("Corvane Labs")}`, `org:${organizationKey("Corvane Labs")}`]);
    expect(graph.personMentions.map((m) => m.turnId)).toEqual([`${callId}#t7`, `${callId}#t8`]);
  });

  it("links each fact to its turn, metric and period", () => {
    expect(graph.facts[1]).toMatchObject({ turnId: `${callId}#t2`, metricId: "metric:revenue", periodId: "period:2031-Q3" });
    expect(graph.facts[1]?.props).toMatchObject({ kind: "guidance", low: 52_000_000, high: 54_000_000, value: null });
    expect(graph.metrics).toEqual([{ id: "metric:revenue", name: "revenue", higherIsBetter: true }]);
    expect(graph.periods.map((p) => p.id)).toEqual(["period:2031-Q2", "period:2031-Q3"]);
  });

  it("sorts shared rows by id so concurrent loads lock shared nodes in one order", () => {
    for (const rows of [graph.people, graph.firms, graph.topics, graph.organizations, graph.metrics, graph.periods]) {
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
});

describe("periodProps", () => {
  it("reads quarters, halves, years and year-to-date labels", () => {
    expect(periodProps("2015-Q2")).toEqual({ label: "2015-Q2", fiscalYear: 2015, fiscalQuarter: 2, half: null, kind: "quarter" });
    expect(periodProps("2015-H1")).toEqual({ label: "2015-H1", fiscalYear: 2015, fiscalQuarter: null, half: 1, kind: "half" });
    expect(periodProps("2015-FY")).toEqual({ label: "2015-FY", fiscalYear: 2015, fiscalQuarter: null, half: null, kind: "year" });
    expect(periodProps("2015-9M")).toEqual({ label: "2015-9M", fiscalYear: 2015, fiscalQuarter: null, half: null, kind: "ytd" });
  });

  it("refuses what is not a period label", () => {
    for (const label of ["2015", "2015-Q5", "Q2 2015", "2015-13M", "2015-H3", ""]) expect(periodProps(label)).toBeNull();
  });
});
