import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardRoute } from "../../src/api/dashboard-route.js";
import { buildDashboard, type DashboardBundle } from "../../web/build.js";

// The page as the server builds and serves it, over real HTTP, without a database: the dashboard
// route answers before the GraphQL handler is reached.
describe("the /dashboard route", () => {
  let server: Server;
  let base: string;
  let bundle: DashboardBundle;

  beforeAll(async () => {
    bundle = await buildDashboard();
    const route = createDashboardRoute({ build: async () => bundle });
    server = createServer((req, res) => {
      if (route.handles(req.url ?? "/")) void route.serve(req, res);
      else res.writeHead(418).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it("claims /dashboard and what is below it, and nothing else", () => {
    const route = createDashboardRoute({ build: async () => bundle });
    expect(["/dashboard", "/dashboard/", "/dashboard/company/LRKN?metric=eps", "/dashboard/assets/x.js"].map(route.handles)).toEqual([true, true, true, true]);
    expect(["/", "/graphql", "/dashboards", "/health?dashboard/"].map(route.handles)).toEqual([false, false, false, false]);
  });

  it("serves the page for every client-side route, with a policy that keeps it on this server", async () => {
    for (const path of ["/dashboard", "/dashboard/topic/CAF%20II", "/dashboard/search?q=fiber"]) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      const html = await response.text();
      expect(html).toContain(`<script type="module" src="${bundle.entry.scripts[0]}"></script>`);
    }
  });

  it("serves hashed assets compressed as the browser asks, cached for good", async () => {
    const script = bundle.entry.scripts[0]!;
    const plain = await fetch(base + script, { headers: { "accept-encoding": "identity" } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toContain("immutable");
    const raw = await rawGet(script, "gzip, deflate, br");
    expect(raw.encoding).toBe("br");
    expect(brotliDecompressSync(raw.body).equals(body)).toBe(true);
    const gzipped = await rawGet(script, "gzip");
    expect(gzipped.encoding).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(body)).toBe(true);
  });

  it("keeps the first load's scripts under 500 KB compressed and names no other origin", async () => {
    const html = bundle.page.body.toString("utf8");
    let compressed = 0;
    for (const src of bundle.entry.scripts) compressed += (await rawGet(src, "gzip")).body.length;
    expect(compressed).toBeGreaterThan(10_000);
    expect(compressed).toBeLessThan(500 * 1024);
    const css = bundle.entry.styles.map((href) => bundle.assets.get(href)!.body.toString("utf8")).join("\n");
    expect(`${html}\n${css}`).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\//i);
    const fonts = [...css.matchAll(/url\("?([^")]+\.woff2)"?\)/g)].map((match) => match[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(bundle.assets.has(font), font).toBe(true);
  });

  it("answers an unknown asset with 404 and a write with 405, in the API's error shape", async () => {
    const missing = await fetch(`${base}/dashboard/assets/nothing-1234.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errors: [{ message: "No dashboard asset /dashboard/assets/nothing-1234.js", extensions: { code: "NOT_FOUND" } }] });
    const post = await fetch(`${base}/dashboard`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("says why when the page cannot be built, and builds again on the next request", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const route = createDashboardRoute({
      build: async () => {
        calls += 1;
        if (calls === 1) throw new Error("web/src/main.tsx:3:7: No matching export");
        return bundle;
      },
      onError: (error) => errors.push(error),
    });
    const failing = createServer((req, res) => void route.serve(req, res));
    await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/dashboard`;
    try {
      const first = await fetch(url);
      expect(first.status).toBe(500);
      expect(((await first.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe("The dashboard page could not be built: web/src/main.tsx:3:7: No matching export");
      expect(errors).toHaveLength(1);
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      expect(calls).toBe(2);
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });

  // fetch() decodes bodies itself; node:http shows the bytes on the wire.
  async function rawGet(path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
    const { request } = await import("node:http");
    return new Promise((resolve, reject) => {
      request(base + path, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    });
  }
});
