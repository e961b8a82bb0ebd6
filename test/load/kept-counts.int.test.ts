import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database, Row } from "../../src/db/database.js";
import { hasShared } from "../extract/shared-paths.js";
import { testSessionConfig } from "../support/neo4j.js";
import { loadCall } from "../../src/load/load-call.js";
import { compareKeys, type SortKey } from "../../src/api/pagination.js";
import { loadFile, readCall, useTestGraph, SHARED_CALLS } from "./graph-snapshot.js";

/*
 * Counts the loads keep so that dashboards read them instead of every mention or fact: each
 * topic's counts per quarter (TopicQuarter), from which the top topics of a window are read; the
 * topics' links (TopicPair, ASKED_ABOUT, DISCUSSES), from which a topic's co-mentioned topics,
 * askers and companies are read; and each company's REPORTS of the metrics its calls state, from
 * which the metric catalog counts companies. Over real calls (one company's four, two companies' two, and calls of others that
 * share topics), loaded together, then a call reloaded or replaced, then everything built again by
 * the migrations, both must answer what the statements over every mention and fact answer.
 */
const files = SHARED_CALLS;

const ORDERS = ["MENTIONS", "TURNS", "CALLS", "COMPANIES", "NAME"];

/** A topic's mentions per period counted over every mention (cypher/api/topic-by-period.cypher before the kept counts). */
const EVERY_MENTION_BY_PERIOD = `UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)
MATCH (call:Call {id: t.callId})
WHERE call.period IS NOT NULL
  AND (k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))
WITH k, call.period AS period, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, 'period:' + period AS periodId, calls, turns, mentions
ORDER BY period`;

/** A call's window, as the topic activity statements take it. */
const CALL_WINDOW = `(k.companyIds IS NULL OR call.companyId IN k.companyIds)
  AND (k.fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= k.fromOrd)
  AND (k.toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= k.toOrd)
  AND (k.dateFrom IS NULL OR call.date >= date(k.dateFrom))
  AND (k.dateTo IS NULL OR call.date <= date(k.dateTo))`;

/**
 * A topic's companies, co-mentioned topics and askers counted over every mention (the statements
 * before the kept links), with the page statement that reads the links and its orders: each row's
 * id and counts, in the order the sort key gives.
 */
const NEIGHBOURS = [
  {
    statement: "api/topic-by-company",
    orders: { MENTIONS: ["mentions", "calls"], CALLS: ["calls", "mentions"] },
    counts: ["calls", "turns", "mentions"],
    everyMention: `UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)<-[:HAS_TURN]-(call:Call)-[:OF_COMPANY]->(company:Company)
WHERE ${CALL_WINDOW}
WITH k, company, count(DISTINCT call) AS calls, count(t) AS turns, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, company.id AS id, company.name AS name, calls, turns, mentions`,
  },
  {
    statement: "api/topic-co-mentioned",
    orders: { TURNS: ["turns", "calls"], CALLS: ["calls", "turns"] },
    counts: ["turns", "calls"],
    everyMention: `UNWIND $keys AS k
MATCH (topic:Topic {id: k.id})<-[:MENTIONS]-(t:Turn)-[:MENTIONS]->(other:Topic)
WHERE other <> topic
MATCH (call:Call {id: t.callId})
WHERE ${CALL_WINDOW}
WITH k, other, count(DISTINCT t) AS turns, count(DISTINCT t.callId) AS calls
RETURN k.key AS key, other.id AS id, other.name AS name, turns, calls`,
  },
  {
    statement: "api/topic-askers",
    orders: { EXCHANGES: ["exchanges", "mentions"], MENTIONS: ["mentions", "exchanges"] },
    counts: ["exchanges", "mentions"],
    everyMention: `UNWIND $keys AS k
MATCH (:Topic {id: k.id})<-[m:MENTIONS]-(t:Turn)<-[:INCLUDES]-(x:Exchange)-[:ASKED_BY]->(person:Person)
WHERE (t)-[:SPOKEN_BY]->(person)
MATCH (call:Call {id: x.callId})
WHERE ${CALL_WINDOW}
WITH k, person, count(DISTINCT x) AS exchanges, sum(coalesce(m.count, 1)) AS mentions
RETURN k.key AS key, person.id AS id, person.name AS name, exchanges, mentions`,
  },
] as const;

describe.skipIf(!hasShared)("counts the loads keep", () => {
  let db: Database;
  let driver: Driver;
  useTestGraph((g) => ({ db, driver } = g));

  const rows = (found: Row[]) => found.map((r) => [(r["node"] as Row)["id"], r["calls"], r["companies"], r["turns"], r["mentions"], r["sortKey"]]);

  /** Every window of the loaded calls' quarters (each, two and four together, open on one side, none), order and kind: both statements' rows. */
  async function compareAll(): Promise<number> {
    const quarters = (await db.query("api/periods-all", {})).map((r) => r["node"] as Row).filter((p) => p["fiscalQuarter"] != null).map((p) => Number(p["fiscalYear"]) * 4 + Number(p["fiscalQuarter"]) - 1);
    const ords = [...new Set(quarters)].sort((a, b) => a - b);
    expect(ords.length).toBeGreaterThanOrEqual(6);
    const windows: [number | null, number | null][] = [[null, null], [ords[0]!, null], [null, ords[2]!], [ords[1]!, ords[4]!], ...ords.map((o): [number, number] => [o, o])];
    let compared = 0;
    for (const [fromOrd, toOrd] of windows) {
      for (const kind of [null, "region"]) {
        const filter = { fromOrd, toOrd, dateFrom: null, dateTo: null, kind, companyIds: null };
        const [all] = await db.query("api/top-topics-count", filter);
        const [kept] = await db.query("api/top-topics-by-quarter-count", filter);
        expect(kept!["total"], JSON.stringify({ fromOrd, toOrd, kind })).toBe(all!["total"]);
        if (kind === null && fromOrd !== null && fromOrd === toOrd) {
          const [ofQuarter] = await db.query("api/top-topics-of-quarter-count", filter);
          expect(ofQuarter!["total"], JSON.stringify({ fromOrd })).toBe(all!["total"]);
        }
        for (const orderBy of ORDERS) {
          for (const descending of [true, false]) {
            const params = { ...filter, orderBy, descending, after: null, limit: 100_000 };
            const expected = rows(await db.query("api/top-topics-page", params));
            // The statement the resolver picks for the shape (src/api/topic.resolver.ts topTopics).
            const statement = kind !== null || orderBy === "NAME" ? "api/top-topics-by-quarter-joined-page"
              : fromOrd !== null && fromOrd === toOrd && orderBy === "MENTIONS" && descending ? "api/top-topics-of-quarter-page"
              : "api/top-topics-by-quarter-page";
            const shape = JSON.stringify({ fromOrd, toOrd, kind, orderBy, descending, statement });
            expect(rows(await db.query(statement, params)), shape).toEqual(expected);
            // Page by page, each continued after the last row's sort key.
            const first = await db.query(statement, { ...params, limit: 7 });
            const second = first.length === 7 ? await db.query(statement, { ...params, limit: 7, after: first[6]!["sortKey"] }) : [];
            expect(rows([...first, ...second]), shape).toEqual(expected.slice(0, first.length + second.length));
            expect(first.length + second.length, shape).toBe(Math.min(14, expected.length));
            compared += expected.length;
          }
        }
      }
    }
    return compared;
  }

  it("answer the top topics of every window as the mentions of its calls do, after loads, a reload and the migration", async () => {
    await Promise.all(files.map((file) => loadFile(db, file)));
    expect(await compareAll()).toBeGreaterThan(10_000);

    // A reload replaces a call's mentions, and the company's counted across its calls.
    await loadFile(db, files[1]!, { force: true });
    await compareAll();

    // Built again from the calls, as on a graph loaded before the counts were kept.
    const before = await db.read("api/top-topics-by-quarter-page", { fromOrd: null, toOrd: null, kind: null, orderBy: "MENTIONS", descending: true, after: null, limit: 100_000 });
    const session = driver.session(testSessionConfig());
    try {
      await session.run("MATCH (q:TopicQuarter) DETACH DELETE q");
      await session.run("MATCH (m:Migration) WHERE m.id STARTS WITH 'schema/63' OR m.id STARTS WITH 'schema/64' DELETE m");
    } finally {
      await session.close();
    }
    await db.migrate();
    expect(rows(await db.read("api/top-topics-by-quarter-page", { fromOrd: null, toOrd: null, kind: null, orderBy: "MENTIONS", descending: true, after: null, limit: 100_000 }))).toEqual(rows(before));
    await compareAll();
    const check = driver.session(testSessionConfig());
    try {
      const marks = await check.run("MATCH (n) WHERE n.topicQuartersCounted IS NOT NULL RETURN count(n) AS n");
      expect(Number(marks.records[0]!.get("n"))).toBe(0);
    } finally {
      await check.close();
    }
  }, 600_000);

  it("give a topic's mentions per period as the mentions of its calls do, with and without companies and windows", async () => {
    if ((await db.query("api/metrics-all", {})).length === 0) await Promise.all(files.map((file) => loadFile(db, file)));
    const topics = (await db.query("api/top-topics-page", { fromOrd: null, toOrd: null, dateFrom: null, dateTo: null, kind: null, orderBy: "CALLS", descending: true, after: null, limit: 12 })).map((r) => String((r["node"] as Row)["id"]));
    const companies = (await db.query("api/companies-page", { search: null, orderBy: "NAME", descending: false, after: null, limit: 3 })).map((r) => String((r["node"] as Row)["id"]));
    const windows = [
      { companyIds: null, fromOrd: null, toOrd: null, dateFrom: null, dateTo: null },
      { companyIds: null, fromOrd: 8080, toOrd: 8086, dateFrom: null, dateTo: null },
      { companyIds: companies, fromOrd: null, toOrd: null, dateFrom: null, dateTo: null },
      { companyIds: null, fromOrd: null, toOrd: null, dateFrom: "2021-01-01", dateTo: null },
    ];
    const keys = topics.flatMap((id) => windows.map((w, i) => ({ ...w, id, key: `${id}|${i}` })));
    const session = driver.session(testSessionConfig());
    try {
      const expected = (await session.run(EVERY_MENTION_BY_PERIOD, { keys })).records.map((r) => [r.get("key"), r.get("periodId"), Number(r.get("calls")), Number(r.get("turns")), Number(r.get("mentions"))]);
      const kept = (await db.query("api/topic-by-period", { keys })).map((r) => [r["key"], r["periodId"], r["calls"], r["turns"], r["mentions"]]);
      const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      expect(expected.length).toBeGreaterThan(50);
      expect(sorted(kept)).toEqual(sorted(expected));
    } finally {
      await session.close();
    }
  }, 600_000);

  it("count each metric's companies by its REPORTS, as its facts' companies are, after loads, a reload and the migration", async () => {
    const counted = async () => {
      const session = driver.session(testSessionConfig());
      try {
        const result = await session.run(
          "MATCH (m:Metric) OPTIONAL MATCH (m)<-[:OF_METRIC]-(f:MetricFact) RETURN m.id AS id, count(f) AS facts, count(DISTINCT f.companyId) AS companies ORDER BY id",
        );
        return result.records.map((r) => [r.get("id"), Number(r.get("facts")), Number(r.get("companies"))]);
      } finally {
        await session.close();
      }
    };
    const kept = async () => (await db.query("api/metrics-all", {})).map((r) => [(r["node"] as Row)["id"], r["facts"], r["companies"]]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    if ((await db.query("api/metrics-all", {})).length === 0) await Promise.all(files.map((file) => loadFile(db, file)));
    const expected = await counted();
    expect(expected.filter((r) => Number(r[2]) > 1).length).toBeGreaterThan(5);
    expect(await kept()).toEqual(expected);

    // A new version of a call that states no metric: its company's REPORTS follow its facts.
    const call = readCall(files[8]!);
    await loadCall(db, { transcript: call.transcript, extraction: { ...call.extraction, metrics: [], outcomes: [] } }, { force: true });
    const after = await counted();
    expect(after).not.toEqual(expected);
    expect(await kept()).toEqual(after);

    const session = driver.session(testSessionConfig());
    try {
      await session.run("MATCH ()-[r:REPORTS]->() DELETE r");
      await session.run("MATCH (m:Migration) WHERE m.id STARTS WITH 'schema/65' DELETE m");
    } finally {
      await session.close();
    }
    await db.migrate();
    expect(await kept()).toEqual(await counted());
  }, 600_000);
  it("give a topic's companies, co-mentioned topics and askers as the mentions of its calls do, after loads, a reload, a replacement and the migration", async () => {
    const windows = (companies: string[]) => [
      { companyIds: null, fromOrd: null, toOrd: null, dateFrom: null, dateTo: null },
      { companyIds: companies, fromOrd: null, toOrd: null, dateFrom: null, dateTo: null },
      { companyIds: null, fromOrd: 8080, toOrd: 8086, dateFrom: null, dateTo: null },
      { companyIds: null, fromOrd: null, toOrd: null, dateFrom: "2021-01-01", dateTo: null },
    ];
    /** Every topic with co-mentions, each statement, window, order and direction: the page statement's rows, whole and page by page, against every mention's. */
    async function compareNeighbours(): Promise<number> {
      const topics = (await db.query("api/top-topics-page", { fromOrd: null, toOrd: null, dateFrom: null, dateTo: null, kind: null, orderBy: "CALLS", descending: true, after: null, limit: 25 })).map((r) => String((r["node"] as Row)["id"]));
      const companies = (await db.query("api/companies-page", { search: null, orderBy: "NAME", descending: false, after: null, limit: 2 })).map((r) => String((r["node"] as Row)["id"]));
      let compared = 0;
      const session = driver.session(testSessionConfig());
      try {
        for (const { statement, orders, counts, everyMention } of NEIGHBOURS) {
          const keys = topics.flatMap((id) => windows(companies).map((w, i) => ({ ...w, id, key: `${id}|${i}` })));
          const expected = new Map<string, Row[]>();
          for (const r of (await session.run(everyMention, { keys })).records) {
            const row: Row = { id: r.get("id"), name: r.get("name") };
            for (const c of counts) row[c] = Number(r.get(c));
            expected.set(r.get("key"), [...(expected.get(r.get("key")) ?? []), row]);
          }
          for (const [field, numbers] of [...Object.entries(orders), ["NAME", []] as const]) {
            const sortKey = (row: Row): SortKey => (field === "NAME" ? [String(row["name"] ?? "").toLowerCase(), String(row["id"])] : [...numbers.map((n: string) => Number(row[n])), String(row["id"])]);
            for (const descending of [true, false]) {
              const sign = descending ? -1 : 1;
              const page = { orderBy: field, descending, withTotal: true };
              const found = await db.query(statement, { keys: keys.map((k) => ({ ...k, ...page, after: null, limit: 100_000 })), maxLimit: 100_000 });
              const byKey = new Map(found.map((r) => [String(r["key"]), r]));
              for (const k of keys) {
                const want = (expected.get(k.key) ?? []).map((row) => ({ row, key: sortKey(row) })).sort((a, b) => sign * compareKeys(a.key, b.key));
                const got = (byKey.get(k.key)?.["page"] as Row[] | undefined) ?? [];
                const shape = JSON.stringify({ statement, key: k.key, field, descending });
                expect(got.map((r) => [(r["node"] as Row)["id"], ...counts.map((c) => r[c])]), shape).toEqual(want.map(({ row }) => [row["id"], ...counts.map((c) => row[c])]));
                expect(got.map((r) => r["sortKey"]), shape).toEqual(want.map(({ key }) => key));
                if (want.length > 0) expect(byKey.get(k.key)!["total"], shape).toBe(want.length);
                compared += want.length;
              }
              // Page by page for the busiest topic, each continued after the last row's sort key, and no count unless asked.
              const k = keys[0]!;
              const all = ((byKey.get(k.key)?.["page"] as Row[] | undefined) ?? []).map((r) => r["sortKey"]);
              const [first] = await db.query(statement, { keys: [{ ...k, ...page, withTotal: false, after: null, limit: 6 }], maxLimit: 6 });
              const firstKeys = (first!["page"] as Row[]).map((r) => r["sortKey"]);
              const [second] = firstKeys.length === 6 ? await db.query(statement, { keys: [{ ...k, ...page, after: firstKeys[5], limit: 6 }], maxLimit: 6 }) : [{ page: [] }];
              expect([...firstKeys, ...(second!["page"] as Row[]).map((r) => r["sortKey"])], statement).toEqual(all.slice(0, 12));
              expect(first!["total"]).toBeNull();
            }
          }
        }
      } finally {
        await session.close();
      }
      return compared;
    }

    if ((await db.query("api/metrics-all", {})).length === 0) await Promise.all(files.map((file) => loadFile(db, file)));
    expect(await compareNeighbours()).toBeGreaterThan(5_000);

    // A reload, and a new version of a call that names no topic: the links follow the mentions.
    await loadFile(db, files[1]!, { force: true });
    const call = readCall(files[4]!);
    await loadCall(db, { transcript: call.transcript, extraction: { ...call.extraction, topics: [] } }, { force: true });
    const links = async () => {
      const session = driver.session(testSessionConfig());
      try {
        const result = await session.run(
          "MATCH (a)-[r:ASKED_ABOUT|DISCUSSES]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + toString(coalesce(r.turns, r.exchanges)) + ' ' + toString(coalesce(r.calls, r.mentions)) + ' ' + toString(r.mentions) AS link " +
            "UNION ALL MATCH (p:TopicPair) RETURN 'TopicPair ' + p.id + ' ' + p.a + ' ' + p.b + ' ' + toString(p.turns) + ' ' + toString(p.calls) AS link",
        );
        return result.records.map((r) => String(r.get("link"))).sort();
      } finally {
        await session.close();
      }
    };
    const kept = await links();
    for (const kind of ["ASKED_ABOUT", "DISCUSSES", "TopicPair"]) expect(kept.filter((l) => l.startsWith(kind)).length, kind).toBeGreaterThan(20);
    await compareNeighbours();

    // Built again from the calls, as on a graph loaded before the links were kept.
    const session = driver.session(testSessionConfig());
    try {
      await session.run("MATCH ()-[r:ASKED_ABOUT|DISCUSSES]->() DELETE r");
      await session.run("MATCH (p:TopicPair) DELETE p");
      await session.run("MATCH (m:Migration) WHERE m.id STARTS WITH 'schema/69' OR m.id STARTS WITH 'schema/70' DELETE m");
    } finally {
      await session.close();
    }
    await db.migrate();
    expect(await links()).toEqual(kept);
    const check = driver.session(testSessionConfig());
    try {
      const marks = await check.run("MATCH (n) WHERE n.topicLinksCounted IS NOT NULL RETURN count(n) AS n");
      expect(Number(marks.records[0]!.get("n"))).toBe(0);
      // No topic is left that nothing mentions (the links do not keep a replaced call's topics alive).
      const orphans = await check.run("MATCH (t:Topic) WHERE NOT EXISTS { (t)<-[:MENTIONS]-() } RETURN count(t) AS n");
      expect(Number(orphans.records[0]!.get("n"))).toBe(0);
    } finally {
      await check.close();
    }
  }, 600_000);
});
