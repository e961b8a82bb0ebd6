/**
 * Refreshes the README's screenshots of the dashboard (docs/screenshots/*.png): starts an
 * embedded Neo4j of its own in a temporary directory, loads the project's samples (examples/,
 * Larkspur Networks; no third-party transcript ends up in a picture), serves the API and the page
 * on a free port, and photographs each view in headless Chromium at a laptop's and a phone's
 * width. Everything it started is stopped, and its directories removed, at the end.
 *
 *   npm run screenshots                      # needs Java and Maven for Neo4j, and Chromium
 *   DASHBOARD_URL=http://localhost:4000 npm run screenshots   # photograph a running server instead
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { startApiServer } from "../src/api/server.js";
import { loadConfig } from "../src/config/config.js";
import { projectRoot } from "../src/config/project-root.js";
import { Database } from "../src/db/database.js";
import { startEmbeddedNeo4j } from "../src/db/embedded.js";
import { ingestPaths } from "../src/load/ingest.js";
import { findChromium, launchChromium } from "../web/chromium.js";

const OUT = path.join(projectRoot, "docs/screenshots");
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  file: string;
  path: string;
  viewport: { width: number; height: number };
  /** The whole page, or only what fits the window (for a panel, which is fixed to the window). */
  fullPage: boolean;
  /** What to do once the view has loaded. */
  then?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { file: "overview.png", path: "/dashboard", viewport: LAPTOP, fullPage: true },
  { file: "company.png", path: "/dashboard/company/LRKN", viewport: LAPTOP, fullPage: true },
  {
    file: "quote.png",
    path: "/dashboard/company/LRKN",
    viewport: LAPTOP,
    fullPage: false,
    then: async (page) => {
      await page.locator('#scorecard tr[data-metric="revenue"][data-period="2025-Q2"] td.c-actual a.figure').first().click();
      await page.getByRole("dialog").locator("mark").waitFor();
    },
  },
  { file: "topic.png", path: "/dashboard/topic/CloudPath", viewport: LAPTOP, fullPage: true },
  { file: "analyst.png", path: "/dashboard/analyst/Maria%20Chen", viewport: LAPTOP, fullPage: true },
  { file: "search.png", path: "/dashboard/search?q=BEAD&section=QA", viewport: LAPTOP, fullPage: true },
  { file: "company-phone.png", path: "/dashboard/company/LRKN", viewport: PHONE, fullPage: false },
];

async function main(): Promise<void> {
  const chromium = findChromium();
  if (chromium.path === null) throw new Error(`Cannot take screenshots: ${chromium.reason}`);
  const stops: (() => Promise<void>)[] = [];
  try {
    let origin = process.env["DASHBOARD_URL"];
    if (origin === undefined || origin === "") {
      const dataDir = mkdtempSync(path.join(tmpdir(), "earnings-graph-screenshots-"));
      stops.unshift(async () => rmSync(dataDir, { recursive: true, force: true }));
      const config = loadConfig();
      log("starting an embedded Neo4j for the samples");
      const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: config.embedded.heap, pageCache: "128m", java: config.embedded.java });
      stops.unshift(() => neo4j.stop());
      const db = Database.connect({ uri: neo4j.uri });
      stops.unshift(() => db.close());
      await db.migrate();
      const summary = await ingestPaths(db, { paths: [path.join(projectRoot, "examples")] });
      if (summary.failed.length > 0) throw new Error(`Could not load the samples: ${summary.failed.map((f) => `${f.file}: ${f.reason}`).join("; ")}`);
      const api = await startApiServer({ db, port: 0, apiKey: null, introspection: false, ingest: null });
      stops.unshift(() => api.stop());
      origin = new URL(api.url).origin;
    }
    const browser = await launchChromium({ executablePath: chromium.path });
    stops.unshift(() => browser.close());
    const page = await browser.context.newPage();
    mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      await page.setViewportSize(shot.viewport);
      await page.goto(origin + shot.path, { waitUntil: "networkidle" });
      await page.locator(".state-loading").first().waitFor({ state: "detached" });
      await shot.then?.(page);
      // Fonts and the charts' resize pass settle within a frame or two.
      await page.evaluate("document.fonts.ready");
      await page.waitForTimeout(300);
      const file = path.join(OUT, shot.file);
      await page.screenshot({ path: file, fullPage: shot.fullPage });
      log(`wrote ${path.relative(projectRoot, file)}`);
    }
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => log(`while stopping: ${String(error)}`));
  }
}

function log(line: string): void {
  process.stderr.write(`[screenshots] ${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
