/**
 * What each side of `npm run bench:peer` asks Neo4j, with PROFILE: for every operation (and
 * subject), the statements the project's API runs and the Cypher @neo4j/graphql runs, each
 * profiled once warm, with its db hits, rows and the operators with the most db hits. Both
 * servers run in this process over the prepared corpus-large store (built by bench:peer), so the
 * statements and parameters are the very ones the benchmark sends.
 *
 * Run: `nice -n 10 npx tsx bench/peer-profile.ts` (ONLY=name,…, SUBJECTS=n, NEO4J_URI as in bench:peer;
 * TOP=n operators per statement, default 6; PLAN=1 prints each plan whole).
 *
 * REPEAT=n (the prepared store, or NEO4J_URI with NEO4J_PID, its process id) then also measures what each side's statements cost Neo4j in CPU:
 * one client runs a side's statements for the operation and subject n times in a row, and the
 * Neo4j process's CPU time (from /proc) over those runs is divided by n; the sides alternate, 4
 * times (ROUNDS), and the median per side is printed with their ratio. One client and no HTTP
 * server, so on a busy machine this reads steadier than bench:peer's req/s; both sides' statements
 * run the same way (auto-commit, results consumed), so it compares the statements, not the drivers'
 * use of transactions.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import { graphql } from "graphql";
import { startApiServer } from "../src/api/server.js";
import { processCpuMs } from "./support/servers.js";
import { cypher } from "../src/db/cypher.js";
import { Database } from "../src/db/database.js";
import { operations } from "./peer/operations.js";
import { corpusLargeStore } from "./support/corpora.js";
import { projectRoot } from "./support/paths.js";
import { openStore } from "./support/prepared-store.js";
import { pickSubjects } from "./support/subjects.js";

const only = process.env.ONLY?.split(",").map((s) => s.trim());
const top = Number(process.env.TOP ?? 6);
const repeat = Number(process.env.REPEAT ?? 0);
const cpuRounds = Number(process.env.ROUNDS ?? 4);
const log = (line: string) => process.stderr.write(`${line}\n`);

// NEO4J_URI: a database that already holds the graph (as bench:peer); else the prepared store, started here.
const external = process.env.NEO4J_URI;
const store = external === undefined ? await corpusLargeStore(log) : null;
const { neo4j: server, db } =
  store === null ? { neo4j: { uri: external!, stop: async () => undefined }, db: Database.connect({ uri: external! }) } : await openStore(store.home);
try {
  const subjects = await pickSubjects(db, { count: Number(process.env.SUBJECTS ?? 3), word: process.env.WORD ?? "margin" });

  // The project's statements: every db.query of a request (db.query runs db.queryWithState), by name and parameters.
  const projectRuns: { text: string; name: string; params: Record<string, unknown> }[] = [];
  const queryWithState = db.queryWithState.bind(db);
  db.queryWithState = (statement, params = {}) => {
    projectRuns.push({ text: cypher(statement), name: statement, params });
    return queryWithState(statement, params);
  };
  const api = await startApiServer({ db, apiKey: null, introspection: false, ingest: null, port: 0, logger: { error: (m, e) => log(`${m} ${String(e)}`) } });

  // The peer's: its Executor's transactionRun, the one place it hands Cypher to the driver.
  const peerRuns: { text: string; name: string; params: Record<string, unknown> }[] = [];
  const require = createRequire(import.meta.url);
  const { Executor } = require(path.join(path.dirname(require.resolve("@neo4j/graphql")), "classes/Executor.js")) as { Executor: { prototype: Record<string, unknown> } };
  const transactionRun = Executor.prototype["transactionRun"] as (q: string, p: Record<string, unknown>, tx: unknown) => unknown;
  Executor.prototype["transactionRun"] = function (this: unknown, q: string, p: Record<string, unknown>, tx: unknown) {
    peerRuns.push({ text: q, name: "peer", params: p });
    return transactionRun.call(this, q, p, tx);
  };
  const driver = neo4j.driver(server.uri);
  const typeDefs = readFileSync(path.join(projectRoot, "bench/peer/peer.typedefs.graphql"), "utf8");
  const peerSchema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const session = () => driver.session({ defaultAccessMode: neo4j.session.READ });
  const profile = async (text: string, params: Record<string, unknown>) => {
    const s = session();
    try {
      await s.run(text, params); // warm: plan cached, pages in memory
      const result = await s.run(`PROFILE ${text}`, params);
      // What the statement sends back, as JSON (driver Integers as numbers): the size Bolt carries.
      const bytes = JSON.stringify(result.records.map((r) => r.toObject()), (_, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)).length;
      return { plan: result.summary.profile as ProfiledPlan, rows: result.records.length, bytes };
    } finally {
      await s.close();
    }
  };

  console.log(`peer-profile over ${store?.name ?? external} (load average ${loadavg().map((x) => x.toFixed(1)).join(" ")})`);
  for (const op of operations.filter((o) => o.name !== "typename" && (only === undefined || only.includes(o.name)))) {
    for (const [i, subject] of subjects.entries()) {
      // Asked twice, the second time recorded: what the benchmark's timed requests send, after its
      // check and warm-up have asked once (the project remembers whom an analyst name matches).
      const ask = () => fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.project.query, variables: op.project.variables(subject) }) });
      await (await ask()).text();
      projectRuns.length = 0;
      const response = await ask();
      const projectBytes = (await response.text()).length;
      const projectStatements = [...projectRuns];
      peerRuns.length = 0;
      const peerResult = await graphql({ schema: peerSchema, source: op.peer.query, variableValues: op.peer.variables(subject), contextValue: {} });
      const peerBytes = JSON.stringify(peerResult).length;
      const peerStatements = [...peerRuns];
      console.log(`\n== ${op.name}, subject ${i + 1}`);
      for (const [side, runs, bytes] of [["project", projectStatements, projectBytes], ["peer", peerStatements, peerBytes]] as const) {
        let hits = 0;
        const lines: string[] = [];
        for (const run of runs) {
          const { plan, rows, bytes: returned } = await profile(run.text, run.params);
          const total = sum(plan);
          hits += total;
          lines.push(`   ${run.name}: ${total} db hits, ${rows} rows, ${returned} bytes returned`);
          if (process.env.PLAN === "1") lines.push(print(plan, "      "));
          else for (const o of operators(plan).sort((a, b) => b.dbHits - a.dbHits).slice(0, top)) lines.push(`      ${o.dbHits.toString().padStart(8)} ${o.rows.toString().padStart(7)} rows  ${o.operatorType} ${o.details}`);
        }
        console.log(`  ${side}: ${runs.length} statements, ${hits} db hits, answer ${bytes} bytes`);
        for (const line of lines) console.log(line);
      }
      const pid = "pid" in server ? server.pid : Number(process.env.NEO4J_PID ?? Number.NaN);
      if (repeat > 0 && Number.isInteger(pid)) {
        const perRun: Record<"project" | "peer", number[]> = { project: [], peer: [] };
        for (let round = 0; round < cpuRounds; round++) {
          const order = round % 2 === 0 ? (["project", "peer"] as const) : (["peer", "project"] as const);
          for (const side of order) {
            const runs = side === "project" ? projectStatements : peerStatements;
            const s = session();
            try {
              const before = processCpuMs(pid);
              for (let n = 0; n < repeat; n++) for (const run of runs) await s.run(run.text, run.params);
              perRun[side].push((processCpuMs(pid) - before) / repeat);
            } finally {
              await s.close();
            }
          }
        }
        const [p, q] = [median(perRun.project), median(perRun.peer)];
        console.log(
          `  Neo4j CPU per run (${repeat} runs x ${cpuRounds} rounds, median of rounds): project ${p.toFixed(2)} ms, peer ${q.toFixed(2)} ms, project/peer ${(p / q).toFixed(2)}` +
            ` (rounds: project ${perRun.project.map((x) => x.toFixed(2)).join(" ")}; peer ${perRun.peer.map((x) => x.toFixed(2)).join(" ")}; load average ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
  }
  await api.stop();
  api.httpServer.close();
  await driver.close();
} finally {
  await db.close();
  await server.stop();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sum(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + sum(c), 0);
}

function operators(plan: ProfiledPlan): { operatorType: string; dbHits: number; rows: number; details: string }[] {
  const details = String(plan.arguments["Details"] ?? "").slice(0, 140);
  return [{ operatorType: plan.operatorType, dbHits: plan.dbHits, rows: plan.rows, details }, ...plan.children.flatMap(operators)];
}

function print(plan: ProfiledPlan, indent: string): string {
  const details = String(plan.arguments["Details"] ?? "").slice(0, 160);
  return [`${indent}${plan.operatorType} ${plan.dbHits} hits ${plan.rows} rows ${details}`, ...plan.children.map((c) => print(c, `${indent}  `))].join("\n");
}
