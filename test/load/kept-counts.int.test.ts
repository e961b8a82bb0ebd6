import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database, Row } from "../../src/db/database.js";
import { hasShared } from "../extract/shared-paths.js";
import { testSessionConfig } from "../support/neo4j.js";
import { loadCall } from "../../src/load/load-call.js";
import { loadFile, readCall, useTestGraph, SHARED_CALLS } from "./graph-snapshot.js";

/*
 * Counts the loads keep so that dashboards read them instead of every mention or fact: each
 * topic's counts per quarter (TopicQuarter), from which the top topics of a window are read, and
 * each company's REPORTS of the metrics its calls state, from which the metric catalog counts
 * companies. Over real calls (one company's four, two companies' two, and calls of others that
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
});
