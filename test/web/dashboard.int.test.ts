import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, ingestText } from "../../src/load/ingest.js";
import { findChromium, launchChromium, type HeadlessChromium } from "../../web/chromium.js";
import { hasReference, referenceTranscript, startTestApi, type TestApi } from "../api/api-harness.js";
import { projectRoot } from "../api/paths.js";
import { openTestDriver, resetGraph } from "../support/neo4j.js";

// The dashboard in a real browser, against the real server over the real graph: the samples in
// examples/ and the reference call (Calix, 2015-Q2). Every number the test reads off the page is
// compared with what the API answers for the same question. Screenshots of each view go to
// test-results/dashboard/.

const chromium = findChromium();
if (chromium.path === null) process.stderr.write(`[dashboard] browser tests skipped: ${chromium.reason}\n`);

const SHOTS = path.join(projectRoot, "test-results/dashboard");
const million = 1_000_000;

/**
 * A figure as the page shows it, read back into numbers independently of the page's formatter:
 * "$99.1M" → [99100000], "$94–98M" → [94e6, 98e6], "47.5–48.5%" → [47.5, 48.5], "−$0.06" → [-0.06].
 */
function readFigure(text: string): number[] {
  const scales: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  const cleaned = text.replace(/\u2212/g, "-").replace(/[$€£%×]|\s*(bps|days)/g, "").trim();
  const parts = cleaned.split(/\u2013| to /).map((part) => part.trim());
  const shared = /([KMBT])$/.exec(parts[parts.length - 1] ?? "")?.[1];
  return parts.map((part) => {
    const suffix = /([KMBT])$/.exec(part)?.[1] ?? shared;
    const number = Number(part.replace(/[KMBT]$/, ""));
    return suffix === undefined ? number : Math.round(number * scales[suffix]! * 1e6) / 1e6;
  });
}

function figuresOf(fact: { value: number | null; low: number | null; high: number | null }): number[] {
  return fact.low !== null && fact.high !== null ? [fact.low, fact.high] : [fact.value!];
}

/** Shown figures are rounded to 3 significant digits or cents; the API's must round to them. */
function expectShown(shown: number[], api: number[]): void {
  expect(shown.length).toBe(api.length);
  shown.forEach((value, index) => {
    const exact = api[index]!;
    expect(Math.abs(value - exact)).toBeLessThanOrEqual(Math.max(Math.abs(exact) * 0.005, 0.005));
  });
}

describe.skipIf(chromium.path === null)(`the dashboard in headless Chromium${chromium.path === null ? ` (skipped: ${chromium.reason})` : ""}`, () => {
  let driver: Driver;
  let t: TestApi;
  let browser: HeadlessChromium;
  let page: Page;
  let origin: string;
  const foreign: string[] = [];
  let graphqlPosts: string[] = [];

  beforeAll(async () => {
    driver = openTestDriver();
    await resetGraph(driver);
    t = await startTestApi();
    const summary = await ingestPaths(t.db, { paths: [path.join(projectRoot, "examples")] });
    expect(summary.failed).toEqual([]);
    if (hasReference) await ingestText(t.db, { text: readFileSync(referenceTranscript), fileName: "calix-2015-q2.txt" });
    origin = new URL(t.api.url).origin;
    browser = await launchChromium({ executablePath: chromium.path! });
    page = await browser.context.newPage();
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== "data:") foreign.push(request.url());
      if (request.method() === "POST" && url.pathname === "/graphql") graphqlPosts.push(JSON.parse(request.postData() ?? "{}").query ?? "");
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await driver?.close();
  });

  /** Opens a URL, waits for the view to settle, and returns the GraphQL operations it sent. */
  async function open(pathAndQuery: string): Promise<string[]> {
    graphqlPosts = [];
    // The page renders its loading state as its module runs (before DOMContentLoaded); the view
    // has its data when that state is gone.
    await page.goto(origin + pathAndQuery, { waitUntil: "domcontentloaded" });
    await page.locator(".state-loading").first().waitFor({ state: "detached" });
    return graphqlPosts.map((query) => /query (\w+)/.exec(query)?.[1] ?? "anonymous");
  }

  async function shoot(name: string, fullPage = true): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
  }

  it("loads under 500 KB of compressed script, all from this server", async () => {
    const responses: import("playwright-core").Response[] = [];
    const onResponse = (response: import("playwright-core").Response) => {
      if (response.request().resourceType() === "script") responses.push(response);
    };
    page.on("response", onResponse);
    await open("/dashboard");
    await page.waitForLoadState("load");
    page.off("response", onResponse);
    const scripts = await Promise.all(
      responses.map(async (response) => {
        const headers = await response.allHeaders();
        return { url: response.url(), bytes: Number(headers["content-length"]), encoding: headers["content-encoding"] };
      }),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeLessThan(500 * 1024);
    process.stderr.write(`[dashboard] first load: ${scripts.length} script(s), ${(total / 1024).toFixed(1)} KB compressed\n`);
  });

  it("shows the overview: the graph's companies, most mentioned topics and analysts", async () => {
    const operations = await open("/dashboard");
    expect(operations).toEqual(["DashboardOverview"]);
    const { data } = await t.gql(`{ companies(first: 50) { totalCount } topTopics(first: 12) { nodes { topic { name } mentions } } }`);
    await expect.poll(() => page.locator("#companies li").count(), { timeout: 20_000 }).toBe(data!.companies.totalCount);
    const topics = await page.locator("#topics li").evaluateAll((items) => items.map((item) => [item.querySelector("a")!.textContent, Number(item.querySelector(".rank-value")!.textContent)]));
    expect(topics).toEqual(data!.topTopics.nodes.map((n: any) => [n.topic.name, n.mentions]));
    await shoot("overview");
  });

  it("shows a company's revenue series, scorecard and calls in one request (samples, LRKN)", async () => {
    const operations = await open("/dashboard/company/LRKN");
    expect(operations).toEqual(["DashboardCompany"]);
    await page.locator("#series svg").first().waitFor();
    const { data } = await t.gql(
      `{ guidanceScorecard(filter: { companies: ["LRKN"] }, first: 100) { nodes { guidance { metricName periodLabel value low high } actual { value low high } position verdict resolved } }
         company(ref: "LRKN") { calls { totalCount } } }`,
    );
    const api = data!.guidanceScorecard.nodes;
    const rows = await page.locator("#scorecard tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        metric: tr.getAttribute("data-metric"),
        period: tr.getAttribute("data-period"),
        cells: [...tr.querySelectorAll("td")].map((td) => (td as unknown as { innerText: string }).innerText.trim()),
      })),
    );
    expect(rows).toHaveLength(api.length);
    rows.forEach((row, index) => {
      const outcome = api[index];
      expect([row.metric, row.period]).toEqual([outcome.guidance.metricName, outcome.guidance.periodLabel]);
      expectShown(readFigure(row.cells[1]!), figuresOf(outcome.guidance));
      if (outcome.actual !== null) expectShown(readFigure(row.cells[2]!), figuresOf(outcome.actual));
      const position = { ABOVE: "above the range", WITHIN: "within the range", BELOW: "below the range" }[outcome.position as string];
      expect(row.cells[4]).toBe(outcome.verdict ?? (outcome.resolved ? position : "OPEN"));
    });
    const q2 = page.locator('#scorecard tr[data-metric="revenue"][data-period="2025-Q2"]').first();
    expect(await q2.locator("td").nth(1).innerText()).toBe("$58\u201360M");
    expect(await q2.locator("td").nth(2).innerText()).toBe("$59.4M");
    expect(await q2.locator(".verdict").innerText()).toBe("MET");
    expect(await page.locator("#calls .call").count()).toBe(data!.company.calls.totalCount);
    await shoot("company-larkspur");

    // A dot of the chart opens the quote of the figure it draws.
    await page.locator('#series g.mark-headline circle[aria-label="2025-Q2 $59.4M"]').click();
    const panel = page.getByRole("dialog");
    await panel.locator("mark").waitFor();
    expect(await panel.locator("h2").first().innerText()).toBe("$59.4M");
    expect(await panel.locator(".eyebrow").textContent()).toContain("Revenue · 2025-Q2 · Actual");
    expect((await panel.locator("mark").innerText()).replace(/\s+/g, " ")).toContain("$59.4 million");
    await page.keyboard.press("Escape");

    // Another metric: one request, the URL keeps it, the table shows the API's figures.
    graphqlPosts = [];
    await page.locator("#series select").first().selectOption("gross_margin");
    await page.waitForURL(/metric=gross_margin/);
    const marginCell = page.locator("#series table tbody tr", { hasText: "2025-Q2" }).locator("td").first();
    await expect.poll(() => marginCell.innerText(), { timeout: 20_000 }).toBe("48.9%");
    await page.locator(".is-updating").waitFor({ state: "detached" });
    expect(await page.locator("#series h2").innerText()).toBe("Gross margin by period");
    expect(graphqlPosts).toHaveLength(1);
    const { data: margin } = await t.gql(`{ company(ref: "LRKN") { metricSeries(metric: "gross_margin") { periodLabel headline { value } } } }`);
    const q2Margin = margin!.company.metricSeries.find((p: any) => p.periodLabel === "2025-Q2").headline;
    expectShown(readFigure(await marginCell.innerText()), [q2Margin.value]);
  });

  it.skipIf(!hasReference)("shows Calix's 2015-Q2 revenue of $99.1M above the $94–98M guidance as BEAT, as the API says", async () => {
    await open("/dashboard/company/Calix");
    const { data } = await t.gql(`{ guidanceScorecard(filter: { companies: ["Calix"], metrics: ["revenue"], period: { is: "2015-Q2" } }) { nodes { guidance { low high } actual { id value } position verdict surprise { percent } } } }`);
    const outcome = data!.guidanceScorecard.nodes[0];
    expect(outcome).toMatchObject({ guidance: { low: 94 * million, high: 98 * million }, actual: { value: 99.1 * million }, position: "ABOVE", verdict: "BEAT" });
    const row = page.locator('#scorecard tr[data-metric="revenue"][data-period="2015-Q2"]');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.locator("td").nth(1).innerText()).toBe("$94\u201398M");
    expect(await row.locator("td").nth(2).innerText()).toBe("$99.1M");
    expect(await row.locator(".verdict").innerText()).toBe("BEAT");
    expect(await row.locator(".surprise").innerText()).toContain(`+${outcome.surprise.percent.toFixed(1)}%`);
    expect(await row.locator(".surprise").innerText()).toContain("+3.2%");
    expectShown(readFigure(await row.locator("td").nth(2).innerText()), [outcome.actual.value]);
    // The chart's table shows the same actual for the period.
    const seriesRow = page.locator("#series table tbody tr", { hasText: "2015-Q2" });
    expect(await seriesRow.locator("td").first().innerText()).toBe("$99.1M");
    await shoot("company-calix");

    // Follow the number to its quote.
    graphqlPosts = [];
    await row.locator("td").nth(2).locator("a.figure").click();
    const panel = page.getByRole("dialog");
    await panel.locator("mark").waitFor();
    expect(new URL(page.url()).searchParams.get("quote")).toBe(outcome.actual.id);
    expect(graphqlPosts).toHaveLength(1);
    const { data: quote } = await t.gql(`query($id: ID!) { node(id: $id) { ... on MetricFact { quote speakerName call { companyName periodLabel } } } }`, { id: outcome.actual.id });
    expect(await panel.locator("h2").first().innerText()).toBe("$99.1M");
    const marked = (await panel.locator("mark").innerText()).replace(/\s+/g, " ");
    expect(marked).toBe(quote!.node.quote.replace(/\s+/g, " "));
    expect(marked).toContain("revenues of $99.1 million");
    expect(await panel.locator(".source").innerText()).toContain(quote!.node.speakerName);
    expect(await panel.locator(".source").innerText()).toContain("Calix, Inc. · 2015-Q2");
    expect(await panel.locator(".outcome").innerText()).toMatch(/BEAT\s+Guidance\s+\$94–98M/);
    await shoot("quote-calix-revenue", false);

    // Escape closes the panel and keeps the view.
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(new URL(page.url()).pathname).toBe("/dashboard/company/Calix");
  });

  it.skipIf(!hasReference)("shows the analysts who ask about CAF II, and the turns behind a count", async () => {
    const operations = await open("/dashboard/topic/CAF%20II");
    expect(operations).toEqual(["DashboardTopic"]);
    const { data } = await t.gql(`{ topic(ref: "CAF II") { mentionsByPeriod { periodLabel mentions turns } askers(first: 25) { nodes { analyst { name } exchanges } } } }`);
    const askers = await page.locator("#askers li").evaluateAll((items) => items.map((item) => item.getAttribute("data-asker")));
    expect(askers.sort()).toEqual(["James Faucette", "Sanjiv Wadhwani", "Simon Leopold"]);
    expect(askers.sort()).toEqual(data!.topic.askers.nodes.map((a: any) => a.analyst.name).sort());
    const q2 = data!.topic.mentionsByPeriod.find((p: any) => p.periodLabel === "2015-Q2");
    await page.locator("#trend svg").first().waitFor();
    const countLink = page.locator("#trend table a.figure").first();
    expect(Number(await countLink.innerText())).toBe(q2.mentions);
    await shoot("topic-caf-ii");

    await countLink.click();
    const panel = page.getByRole("dialog");
    await panel.locator(".turn-card").first().waitFor();
    expect(await panel.locator(".turn-card").count()).toBe(q2.turns);
    for (const mark of await panel.locator("mark").allInnerTexts()) expect(mark.toLowerCase()).toMatch(/^caf ii( program)?$/);
    await shoot("topic-caf-ii-turns", false);

    // A click on an asker's count lists that analyst's own question turns.
    await page.keyboard.press("Escape");
    await page.locator('#askers li[data-asker="Simon Leopold"] a.figure').click();
    await panel.locator(".turn-card").first().waitFor();
    const speakers = await panel.locator(".turn-meta strong").allInnerTexts();
    expect(new Set(speakers)).toEqual(new Set(["Simon Leopold"]));
    await page.keyboard.press("Escape");
  });

  it("shows a topic's trend over the samples (CloudPath)", async () => {
    await open("/dashboard/topic/CloudPath");
    const { data } = await t.gql(`{ topic(ref: "CloudPath") { mentionsByPeriod { periodLabel mentions } mentionsByCompany(first: 25) { totalCount } } }`);
    await page.locator("#trend svg").first().waitFor();
    expect(await page.locator("#trend g.mark-bars rect").count()).toBe(data!.topic.mentionsByPeriod.length);
    const table = await page.locator("#trend table tbody tr").evaluateAll((rows) => rows.map((row) => [row.querySelector("th")!.textContent, Number(row.querySelector("a")!.textContent)]));
    expect(table).toEqual([...data!.topic.mentionsByPeriod].reverse().map((p: any) => [p.periodLabel, p.mentions]));
    expect(await page.locator("#companies li").count()).toBe(data!.topic.mentionsByCompany.totalCount);
    await shoot("topic-cloudpath");
  });

  it("shows an analyst's firm, coverage and topics (samples: Maria Chen; reference: Simon Leopold)", async () => {
    for (const name of hasReference ? ["Maria Chen", "Simon Leopold"] : ["Maria Chen"]) {
      const operations = await open(`/dashboard/analyst/${encodeURIComponent(name)}`);
      expect(operations).toEqual(["DashboardAnalyst"]);
      const { data } = await t.gql(`query($name: String) { analysts(filter: { name: $name }) { nodes { analyst { name firm { name } companiesCovered(first: 20) { nodes { company { name } calls } } topicsAskedAbout(first: 20) { nodes { topic { name } exchanges } } } } } }`, { name });
      const api = data!.analysts.nodes.map((node: any) => node.analyst).find((node: any) => node.name === name);
      expect(await page.locator("h1").innerText()).toBe(name);
      expect(await page.locator(".page-head p.muted").innerText()).toContain(api.firm.name);
      const covered = await page.locator("#covered li").evaluateAll((items) => items.map((item) => [item.querySelector("a")!.textContent, item.querySelector(".rank-value")!.textContent]));
      expect(covered).toEqual(api.companiesCovered.nodes.map((c: any) => [c.company.name, `${c.calls} call${c.calls === 1 ? "" : "s"}`]));
      const topics = await page.locator("#topics li > a:first-child").allInnerTexts();
      expect(topics).toEqual(api.topicsAskedAbout.nodes.map((entry: any) => entry.topic.name));
      await shoot(`analyst-${name.toLowerCase().replace(/\s+/g, "-")}`);
    }
  });

  it("searches what was said, with filters, and opens a hit's turn", async () => {
    const query = hasReference ? "CAF II" : "CloudPath";
    const company = hasReference ? "Calix" : "LRKN";
    const operations = await open(`/dashboard/search?q=${encodeURIComponent(query)}&company=${company}`);
    expect(operations).toEqual(["DashboardSearch"]);
    const { data } = await t.gql(`query($q: String!, $c: String!) { searchTurns(query: $q, filter: { companies: [$c] }, first: 20) { totalCount nodes { turn { speakerName } } } }`, { q: query, c: company });
    expect(await page.locator("#results h2").innerText()).toBe(`${data!.searchTurns.totalCount} turns found`);
    expect(await page.locator(".hit .turn-meta strong").allInnerTexts()).toEqual(data!.searchTurns.nodes.map((n: any) => n.turn.speakerName));
    expect(await page.locator(".hit mark").count()).toBeGreaterThan(0);
    expect(await page.locator('input[name="company"]').inputValue()).toBe(company);
    await shoot("search");
    await page.locator(".hit a.passage").first().click();
    const panel = page.getByRole("dialog");
    await panel.locator("mark").first().waitFor();
    expect((await panel.locator("mark").first().innerText()).toLowerCase()).toBe(query.split(" ")[0]!.toLowerCase());
    await page.keyboard.press("Escape");
  });

  it("is usable from the keyboard: pick a company, then go back", async () => {
    await open("/dashboard");
    await page.getByRole("combobox", { name: "Find a company by name or ticker" }).first().focus();
    await page.keyboard.type("Larkspur");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard\/company\//);
    await page.locator("#series").waitFor();
    expect(await page.locator("h1").innerText()).toContain("Larkspur Networks");
    await page.goBack();
    await page.waitForURL(`${origin}/dashboard`);
    await page.locator("#companies").waitFor();
  });

  it("says what is wrong instead of drawing nothing: an unknown company, a failing API", async () => {
    await open("/dashboard/company/NO-SUCH-CO");
    expect(await page.locator(".state-empty strong").innerText()).toBe("No company \u201cNO-SUCH-CO\u201d in the graph");

    await page.route("**/graphql", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ errors: [{ message: "Neo4j did not answer", extensions: { code: "DATABASE_UNAVAILABLE" } }] }) }));
    try {
      await open("/dashboard/company/LRKN");
      const alert = page.getByRole("alert");
      expect(await alert.innerText()).toContain("Neo4j did not answer");
      expect(await alert.innerText()).toContain("DATABASE_UNAVAILABLE");
      expect(await page.locator("#series svg").count()).toBe(0);
    } finally {
      await page.unroute("**/graphql");
    }
  });

  it("fits a phone's width without scrolling sideways", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const view of ["/dashboard", "/dashboard/company/LRKN", "/dashboard/topic/CloudPath", "/dashboard/analyst/Maria%20Chen", "/dashboard/search?q=CloudPath"]) {
        await open(view);
        const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        expect(overflow, view).toBe(0);
      }
      await open("/dashboard/company/LRKN");
      await shoot("company-larkspur-phone");
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it("sent no request anywhere but this server", () => {
    expect(foreign).toEqual([]);
  });
});
