import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { firmKey, topicKey } from "../../src/extract/mentions/identity.js";
import { resolveGuidance } from "../../src/extract/metrics/resolve-guidance.js";
import { loadCall, loadCalls } from "../../src/load/load-call.js";
import { resetGraph, testSessionConfig } from "../support/neo4j.js";
import { duplicates, graphCounts, readCall, snapshot, useTestGraph } from "./graph-snapshot.js";
import { sampleCall } from "./sample-call.js";

const sharedRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");
const hasShared = existsSync(path.join(sharedRoot, "seed", "calix-2015-q2.txt"));
const calixFile = path.join(sharedRoot, "seed", "calix-2015-q2.txt");

let db: Database;
let driver: Driver;

useTestGraph((g) => ({ db, driver } = g), { emptyBeforeEach: true });

async function query(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, testSessionConfig());
  return records.map((r) => r.toObject());
}

describe("loadCall on the project's own sample call", () => {
  it("writes the call's subgraph and says what it created", async () => {
    const result = await loadCall(db, sampleCall());
    const counts = await graphCounts(db);
    expect(result.status).toBe("loaded");
    expect(result.nodesCreated).toBe(counts.nodes);
    expect(result.relationshipsCreated).toBe(counts.relationshipTotal);
    expect(counts.labels).toMatchObject({ Call: 1, Company: 1, Turn: 9, Exchange: 2, Firm: 2, Topic: 1, Organization: 1, MetricFact: 2 });
    expect(counts.relationships).toMatchObject({ NEXT: 8, PARTICIPATED_IN: 5, WORKS_FOR: 4, ASKED_BY: 2, INCLUDES: 6 });
    const [call] = await query("MATCH (c:Call) RETURN c.fiscalYear AS year, c.turnCount AS turns, toString(c.date) AS date");
    expect(call).toMatchObject({ date: "2031-07-30" });
  });

  it("replaces a changed call exactly: the graph equals a fresh load of the new version", async () => {
    const q3 = sampleCall({ quarter: 3 });
    const changed = sampleCall({ variant: " Corvane Labs." });
    changed.transcript.participants = changed.transcript.participants.filter((p) => p.name !== "Tobias Lind");
    changed.transcript.exchanges = changed.transcript.exchanges.slice(0, 1);
    changed.extraction.mentions.people = [];

    await loadCall(db, sampleCall());
    await loadCall(db, q3);
    await loadCall(db, changed);
    const replaced = await snapshot(driver);
    expect(await duplicates(db)).toEqual({ nodeIds: [], relationships: [] });

    await resetGraph(driver);
    await loadCall(db, q3);
    await loadCall(db, changed);
    expect(replaced).toEqual(await snapshot(driver));
  });

  it("puts every call of one ticker on one Company, named by its most used spelling, the others aliases", async () => {
    const spelled = (quarter: number, company: string) => {
      const call = sampleCall({ quarter });
      call.transcript.call = { ...call.transcript.call, company };
      return call;
    };
    await loadCall(db, spelled(1, "Larkspur Optics"));
    await loadCall(db, spelled(2, "Larkspur Optics, Inc."));
    await loadCall(db, spelled(3, "Larkspur Optics, Inc."));
    const companies = await query(
      "MATCH (co:Company) RETURN co.id AS id, co.name AS name, co.ticker AS ticker, co.aliases AS aliases, COUNT { (co)<-[:OF_COMPANY]-(:Call) } AS calls",
    );
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ id: "company:ticker:LRKO", name: "Larkspur Optics, Inc.", ticker: "LRKO", aliases: ["Larkspur Optics"] });
    expect(Number(companies[0]!.calls)).toBe(3);
    const facts = await query("MATCH (f:MetricFact) RETURN DISTINCT f.companyId AS companyId");
    expect(facts).toEqual([{ companyId: "company:ticker:LRKO" }]);
  });

  it("loads placeholder speakers of two companies' calls as two people", async () => {
    const withPlaceholder = (ticker: string) => {
      const call = sampleCall({ variant: ` ${ticker}.` });
      const t = call.transcript;
      t.call = { ...t.call, company: `${ticker} Holdings`, ticker };
      t.participants.push({ name: "Unidentified Analyst", role: "analyst", organization: null, title: null, aliases: [], turns: 1, anonymous: true });
      t.turns[4] = { ...t.turns[4]!, speaker: "Unidentified Analyst" };
      return call;
    };
    await loadCall(db, withPlaceholder("AAA"));
    await loadCall(db, withPlaceholder("BBB"));
    const rows = await query(
      "MATCH (p:Person {name: 'Unidentified Analyst'})-[:PARTICIPATED_IN]->(c:Call) RETURN p.id AS id, c.ticker AS ticker ORDER BY ticker",
    );
    expect(rows.map((r) => r.ticker)).toEqual(["AAA", "BBB"]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    expect(await duplicates(db)).toEqual({ nodeIds: [], relationships: [] });
  });

  it("keeps shared nodes another call still refers to, and removes those none does", async () => {
    await loadCall(db, sampleCall());
    await loadCall(db, sampleCall({ quarter: 3 }));
    const alone = sampleCall({ variant: " Alone." });
    alone.transcript.participants = alone.transcript.participants.filter((p) => p.role !== "analyst");
    alone.transcript.exchanges = [];
    await loadCall(db, alone);
    expect((await graphCounts(db)).labels.Firm).toBe(2);
    const q3Only = sampleCall({ quarter: 3, variant: " Alone." });
    q3Only.transcript.participants = q3Only.transcript.participants.filter((p) => p.role !== "analyst");
    q3Only.transcript.exchanges = [];
    await loadCall(db, q3Only);
    expect((await graphCounts(db)).labels.Firm).toBe(0);
    expect((await graphCounts(db)).relationships.WORKS_FOR).toBe(2);
    // (A topic's counts per quarter, TopicQuarter, and per pair of topics, TopicPair, stand alone by design.)
    expect(await query("MATCH (n) WHERE NOT (n)--() AND NOT n:TopicQuarter AND NOT n:TopicPair RETURN n.id AS id")).toEqual([]);
  });

  it("leaves the graph exactly as it was when a load fails part-way", async () => {
    await loadCall(db, sampleCall());
    const before = await snapshot(driver);

    const failJs = loadCall(db, sampleCall({ variant: " Changed." }), {
      afterStatement: (statement) => {
        if (statement === "load/write-content") throw new Error("injected failure after write-content");
      },
    });
    await expect(failJs).rejects.toThrow("injected failure after write-content");
    expect(await snapshot(driver)).toEqual(before);

    // A failure inside Neo4j: a statement run without its parameters after the call's own nodes
    // were written.
    const failDb = loadCall(db, sampleCall({ variant: " Changed again." }), {
      afterStatement: async (statement, tx) => {
        if (statement === "load/write-content") await tx.run("load/write-shared", {});
      },
    });
    await expect(failDb).rejects.toThrow(/write-shared/);
    expect(await snapshot(driver)).toEqual(before);

    // A call that was not there before leaves nothing behind either, not even its Call node.
    const failNew = loadCall(db, sampleCall({ quarter: 4 }), {
      afterStatement: (statement) => {
        if (statement === "load/write-shared") throw new Error("injected");
      },
    });
    await expect(failNew).rejects.toThrow("injected");
    expect(await snapshot(driver)).toEqual(before);
  });

  it("sends a handful of batched statements per call, not one per node", async () => {
    const before = db.statementCount;
    await loadCall(db, sampleCall());
    // lock-call, write-call, write-content, write-shared and the kept counts (write-topic-quarters,
    // write-topic-links, write-company-metrics): whatever the number of turns, people and topics.
    expect(db.statementCount - before).toBeLessThanOrEqual(7);
  });
});

describe("loadCalls: several calls in one transaction", () => {
  const tickered = (ticker: string, quarter = 2) => {
    const call = sampleCall({ quarter, variant: ` ${ticker}.` });
    call.transcript.call = { ...call.transcript.call, company: `${ticker} Holdings`, ticker };
    return call;
  };

  it("gives the graph loading them one by one gives, calls of one company included", async () => {
    const calls = [sampleCall(), tickered("AAA"), sampleCall({ quarter: 3 }), tickered("BBB", 1)];
    const outcomes = await loadCalls(db, calls);
    expect(outcomes.map((o) => (o.ok ? o.result.status : "failed"))).toEqual(["loaded", "loaded", "loaded", "loaded"]);
    const batched = await snapshot(driver);
    const resolved = await query("MATCH (:MetricFact)-[r:RESOLVED_BY]->(:MetricFact) RETURN count(r) AS n");

    await resetGraph(driver);
    for (const call of calls) await loadCall(db, call);
    expect(await snapshot(driver)).toEqual(batched);
    // Guidance of the company's Q2 call is resolved by its Q3 call, loaded later in the same batch.
    expect(await query("MATCH (:MetricFact)-[r:RESOLVED_BY]->(:MetricFact) RETURN count(r) AS n")).toEqual(resolved);
    expect(Number(resolved[0]!.n)).toBeGreaterThan(0);
  });

  it("fails a bad call alone, with its own error, and loads the others; a failed batch writes nothing of itself", async () => {
    await loadCall(db, sampleCall());
    const before = await snapshot(driver);
    const bad = tickered("BAD");
    const badId = "call:ticker:BAD:2031-Q2";
    let batchStatements = 0;
    const outcomes = await loadCalls(db, [tickered("AAA"), bad, sampleCall({ variant: " Changed." })], {
      afterStatement: (statement, _tx, callId) => {
        batchStatements += 1;
        if (callId === badId && statement === "load/write-shared") throw new Error(`injected failure in ${callId}`);
      },
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]!.ok ? null : String(outcomes[1]!.error)).toContain("injected failure in call:ticker:BAD:2031-Q2");
    expect(batchStatements).toBeGreaterThan(10);

    // The graph is what the two good loads give, and nothing of the bad one.
    const withBatch = await snapshot(driver);
    expect(await query("MATCH (c:Call) RETURN c.id AS id ORDER BY id")).toEqual([
      { id: "call:ticker:AAA:2031-Q2" },
      { id: "call:ticker:LRKO:2031-Q2" },
    ]);
    await resetGraph(driver);
    await loadCall(db, sampleCall());
    expect(await snapshot(driver)).toEqual(before);
    await loadCall(db, tickered("AAA"));
    await loadCall(db, sampleCall({ variant: " Changed." }));
    expect(await snapshot(driver)).toEqual(withBatch);
  });

  it("sends no more statements per call than loading them one by one", async () => {
    const before = db.statementCount;
    await loadCalls(db, [tickered("AAA"), tickered("BBB"), tickered("CCC")]);
    expect(db.statementCount - before).toBeLessThanOrEqual(3 * 7);
  });
});

describe.skipIf(!hasShared)("loadCall on the reference transcript (calix-2015-q2)", () => {
  const gold = hasShared ? JSON.parse(readFileSync(path.join(sharedRoot, "gold", "calix-2015-q2.json"), "utf-8")) : null;

  it("gives the counts of the gold file", async () => {
    const call = readCall(calixFile);
    await loadCall(db, call);
    const counts = await graphCounts(db);
    expect(counts.labels.Call).toBe(1);
    expect(counts.labels.Turn).toBe(gold.turnsTotal);
    expect(counts.relationships.PARTICIPATED_IN).toBe(gold.participants.length);
    const roles = await query("MATCH (:Person)-[p:PARTICIPATED_IN]->(:Call) RETURN p.role AS role, count(*) AS n ORDER BY role");
    const goldRoles = new Map<string, number>();
    for (const p of gold.participants as { role: string }[]) goldRoles.set(p.role, (goldRoles.get(p.role) ?? 0) + 1);
    expect(roles.map((r) => [r.role, Number(r.n)])).toEqual([...goldRoles].sort(([a], [b]) => a.localeCompare(b)));
    const goldFirms = new Set((gold.participants as { role: string; organization: string }[]).filter((p) => p.role === "analyst").map((p) => firmKey(p.organization)));
    expect(counts.labels.Firm).toBe(goldFirms.size);
    expect(counts.labels.Exchange).toBe(gold.qaOrder.length);

    // Topics: every topic the gold file says must be found is a Topic node, none of the
    // must-nots is, and the graph holds exactly the topics extracted.
    const topics = await query("MATCH (t:Topic) RETURN t.id AS id, t.name AS name, t.aliases AS aliases");
    const topicKeys = new Set(topics.flatMap((t) => [t.name as string, ...(t.aliases as string[])].map(topicKey)));
    for (const must of gold.topics.mustFind as { name: string; aliases: string[] }[]) {
      expect([must.name, ...must.aliases].some((n) => topicKeys.has(topicKey(n))), must.name).toBe(true);
    }
    for (const not of gold.topics.mustNotBeTopics as string[]) expect(topicKeys.has(topicKey(not)), not).toBe(false);
    expect(counts.labels.Topic).toBe(new Set(call.extraction.topics.map((t) => topicKey(t.name))).size);

    // Metric facts: the graph holds exactly the extracted facts, so every gold fact the extract
    // stage finds is in the graph (how many it finds is the extract stage's own yardstick).
    expect(counts.labels.MetricFact).toBe(call.extraction.metrics.length);
    type GoldFact = { metric: string; period: string; kind: string; value?: number; low?: number; high?: number };
    type Fact = { metric: unknown; period: unknown; kind: unknown; value: unknown; low: unknown; high: unknown };
    const matches = (g: GoldFact, f: Fact): boolean =>
      f.metric === g.metric &&
      f.period === g.period &&
      f.kind === g.kind &&
      (g.value === undefined || f.value === g.value) &&
      (g.low === undefined || (f.low === g.low && f.high === g.high));
    const facts = (await query("MATCH (f:MetricFact) RETURN f.metric AS metric, f.period AS period, f.kind AS kind, f.value AS value, f.low AS low, f.high AS high")) as Fact[];
    const goldFacts = gold.metrics as GoldFact[];
    const extracted = goldFacts.filter((g) => call.extraction.metrics.some((m) => matches(g, m)));
    expect(extracted.length).toBeGreaterThan(0);
    expect(goldFacts.filter((g) => facts.some((f) => matches(g, f)))).toEqual(extracted);
    expect(await duplicates(db)).toEqual({ nodeIds: [], relationships: [] });
  });

  it("changes no count when loaded again, forced or not", async () => {
    const call = readCall(calixFile);
    await loadCall(db, call);
    const first = await snapshot(driver);
    expect((await loadCall(db, call)).status).toBe("unchanged");
    expect(await snapshot(driver)).toEqual(first);
    const forced = await loadCall(db, call, { force: true });
    expect(forced.status).toBe("loaded");
    expect(forced.nodesCreated).toBe(forced.nodesDeleted);
    expect(forced.relationshipsCreated).toBe(forced.relationshipsDeleted);
    expect(await snapshot(driver)).toEqual(first);
  });

  it("gives the same graph when loaded four times at once", async () => {
    const call = readCall(calixFile);
    await loadCall(db, call);
    const once = await snapshot(driver);
    await resetGraph(driver);
    const results = await Promise.all([1, 2, 3, 4].map(() => loadCall(db, call)));
    expect(results.map((r) => r.status).sort()).toEqual(["loaded", "unchanged", "unchanged", "unchanged"]);
    expect(await snapshot(driver)).toEqual(once);
    await Promise.all([1, 2, 3, 4].map(() => loadCall(db, call, { force: true })));
    expect(await snapshot(driver)).toEqual(once);
  });
});

describe.skipIf(!hasShared)("guidance resolved across calls", () => {
  const corpus = path.join(sharedRoot, "corpus");
  const amphenol = [path.join(corpus, "json", "amphenol-2021-q1.json"), path.join(corpus, "json", "amphenol-2021-q2.json")];
  const gold = hasShared ? JSON.parse(readFileSync(path.join(sharedRoot, "gold", "amphenol-2021-q2.json"), "utf-8")) : null;

  const resolutions = async (): Promise<string[]> =>
    (
      await query(
        `MATCH (g:MetricFact)-[r:RESOLVED_BY]->(a:MetricFact)
         RETURN g.id + " " + g.metric + " " + g.period + " " + coalesce(g.basis, "-") + " > " + a.id + " " + r.position + " " + coalesce(r.verdict, "-") AS line`,
      )
    )
      .map((r) => r.line as string)
      .sort();

  it("resolves the first quarter's guidance with the second quarter's actuals, as the gold file says, in either load order", async () => {
    const [q1, q2] = amphenol.map(readCall) as [ReturnType<typeof readCall>, ReturnType<typeof readCall>];
    await loadCall(db, q1);
    await loadCall(db, q2);
    const forward = await resolutions();
    await resetGraph(driver);
    await loadCall(db, q2);
    await loadCall(db, q1);
    expect(await resolutions()).toEqual(forward);

    const cross = await query(
      `MATCH (g:MetricFact)-[r:RESOLVED_BY]->(a:MetricFact) WHERE g.callId <> a.callId
       RETURN g.metric AS metric, g.unit AS unit, g.period AS period, g.basis AS basis, r.position AS position, r.verdict AS verdict`,
    );
    // Every gold outcome is resolved as the gold file says. The gold names a growth rate "revenue_growth"; the graph
    // holds it as "revenue" guidance in percent, as the truth set's conventions have it.
    const outcomes = gold.guidanceOutcomes as { metric: string; period: string; basis?: string; position: string; verdict: string }[];
    expect(outcomes).toHaveLength(5);
    const growthRate = (metric: string) => metric.endsWith("_growth") && metric !== "organic_growth";
    for (const outcome of outcomes) {
      const metric = growthRate(outcome.metric) ? outcome.metric.slice(0, -"_growth".length) : outcome.metric;
      const hit = cross.find((c) => c.metric === metric && (c.unit === "percent") === growthRate(outcome.metric) && c.period === outcome.period && (outcome.basis === undefined || c.basis === outcome.basis || c.basis === null));
      expect(hit, `${outcome.metric} ${outcome.period}`).toMatchObject({ position: outcome.position, verdict: outcome.verdict });
    }
    // And the graph holds exactly what resolveGuidance says for the two calls, nothing more.
    expect(cross).toHaveLength(resolveGuidance({ guidance: q1.extraction.metrics, actuals: q2.extraction.metrics }).length);
  });

  it("gives the Verizon pair, guided for the full year only, no quarter resolution", async () => {
    for (const q of ["q1", "q2"]) await loadCall(db, readCall(path.join(corpus, "seekingalpha", `verizon-2018-${q}.txt`)));
    const quarterly = await query(
      "MATCH (g:MetricFact)-[:RESOLVED_BY]->(a:MetricFact) WHERE g.callId <> a.callId AND g.period CONTAINS '-Q' RETURN g.id AS id",
    );
    expect(quarterly).toEqual([]);
  });
});
