/**
 * Headless Chromium for looking at the page as a person would: the browser test
 * (test/web/dashboard.int.test.ts) and the README screenshots (scripts/dashboard-screenshots.ts).
 * It is Debian's `chromium` package driven by playwright-core, which downloads no browser of its
 * own; `.ci/run` installs the package when it is missing.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Chromium is looked for when CHROMIUM_PATH does not say. */
export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * Flags for a machine whose network reaches nothing but this server: without them Chromium keeps
 * trying its own services (updates, sync, field trials, QUIC) and the page's timing suffers.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type ChromiumLookup = { path: string; reason?: undefined } | { path: null; reason: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const configured = env["CHROMIUM_PATH"];
  if (configured !== undefined && configured !== "") {
    return existsSync(configured) ? { path: configured } : { path: null, reason: `CHROMIUM_PATH is ${configured}, which does not exist` };
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found !== undefined) return { path: found };
  return {
    path: null,
    reason: `no Chromium at ${CHROMIUM_CANDIDATES.join(" or ")}; install Debian's package (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH`,
  };
}

export interface HeadlessChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Starts Chromium with a new, empty profile directory, deleted again by close(). */
export async function launchChromium(options: { executablePath: string; viewport?: { width: number; height: number } }): Promise<HeadlessChromium> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "earnings-graph-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: options.viewport ?? { width: 1280, height: 860 },
      deviceScaleFactor: 1,
      locale: "en-US",
      timezoneId: "UTC",
    });
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          await rm(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
