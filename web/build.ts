/**
 * Builds the dashboard page (web/src) in memory with esbuild: one minified ES module, one
 * stylesheet and the font files it names, each under a content-hashed name below
 * `/dashboard/assets/`, plus the HTML page that loads them. Nothing is written to disk, so the
 * page served is always the page in the checkout and `npm install && npm start` is the whole
 * set-up. esbuild is the bundler tsx already runs the project with; building takes well under a
 * second and happens once per server process (see src/api/dashboard-route.ts).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

export const DASHBOARD_PATH = "/dashboard";
export const ASSETS_PATH = `${DASHBOARD_PATH}/assets/`;

const webDir = path.dirname(fileURLToPath(import.meta.url));

/** One file of the built page, with its compressed forms (computed once, served many times). */
export interface DashboardFile {
  /** URL path, e.g. `/dashboard/assets/main-3KX2Q7.js`; the page itself is `/dashboard`. */
  urlPath: string;
  contentType: string;
  body: Buffer;
  /** The body compressed, for the types worth it (scripts, styles, HTML); null otherwise. */
  gzip: Buffer | null;
  brotli: Buffer | null;
  /** Hashed names never change content, so browsers may keep them for good. */
  immutable: boolean;
}

export interface DashboardBundle {
  /** The HTML page, served for `/dashboard` and every client-side route below it. */
  page: DashboardFile;
  /** Scripts, stylesheets and fonts by URL path. */
  assets: Map<string, DashboardFile>;
  /** URL paths of the scripts and stylesheets the page loads up front. */
  entry: { scripts: string[]; styles: string[] };
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export async function buildDashboard(): Promise<DashboardBundle> {
  const outdir = path.join(webDir, ".out");
  const result = await build({
    absWorkingDir: webDir,
    entryPoints: { main: path.join(webDir, "src/main.tsx") },
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2022", "chrome111", "firefox113", "safari16.4"],
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".woff2": "file", ".woff": "file" },
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    publicPath: ASSETS_PATH,
    outdir,
    // Licences of the bundled libraries go to one file beside the script instead of its body.
    legalComments: "linked",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const assets = new Map<string, DashboardFile>();
  for (const output of result.outputFiles) {
    const name = path.relative(outdir, output.path).split(path.sep).join("/");
    const urlPath = ASSETS_PATH + name;
    assets.set(urlPath, file(urlPath, Buffer.from(output.contents), true));
  }
  const main = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  if (main === undefined) throw new Error("Expected esbuild to emit the dashboard's entry script, found none");
  const [mainPath, mainOutput] = main;
  const toUrl = (outputPath: string) => ASSETS_PATH + path.relative(outdir, path.resolve(webDir, outputPath)).split(path.sep).join("/");
  const entry = { scripts: [toUrl(mainPath)], styles: mainOutput.cssBundle === undefined ? [] : [toUrl(mainOutput.cssBundle)] };
  const template = await readFile(path.join(webDir, "index.html"), "utf8");
  const html = template
    .replace("<!-- styles -->", entry.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n    "))
    .replace("<!-- scripts -->", entry.scripts.map((src) => `<script type="module" src="${src}"></script>`).join("\n    "));
  return { page: file(DASHBOARD_PATH, Buffer.from(html, "utf8"), false, ".html"), assets, entry };
}

// What the page loads is compressed once at the strongest settings; fonts (woff2 is compressed
// already) and source maps (read only by developer tools) are served as they are.
const COMPRESSED = new Set([".js", ".css", ".html"]);

function file(urlPath: string, body: Buffer, immutable: boolean, extension = path.extname(urlPath)): DashboardFile {
  const compress = COMPRESSED.has(extension);
  return {
    urlPath,
    contentType: CONTENT_TYPES[extension] ?? "application/octet-stream",
    body,
    gzip: compress ? gzipSync(body, { level: 9 }) : null,
    brotli: compress ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null,
    immutable,
  };
}
