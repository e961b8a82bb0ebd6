import type { IncomingMessage, ServerResponse } from "node:http";
import { buildDashboard, DASHBOARD_PATH, type DashboardBundle, type DashboardFile } from "../../web/build.js";
import { ErrorCode } from "./errors.js";

/**
 * The dashboard page (web/) at `/dashboard`: the HTML for `/dashboard` and every client-side
 * route below it (`/dashboard/company/LRKN`, so a shared URL opens the same view), and the
 * hashed scripts, styles and fonts under `/dashboard/assets/`. The page is built in memory on
 * the first request (web/build.ts) and kept; a failed build is answered with a 500 naming the
 * reason and tried again on the next request.
 */
export interface DashboardRoute {
  /** Whether a request target (`/dashboard/topic/CAF%20II?x=1`) is the dashboard's. */
  handles(target: string): boolean;
  serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

// The page talks only to this server: no script, style, font or request goes anywhere else.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Observable Plot puts a <style> in each chart
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function createDashboardRoute(options: { build?: () => Promise<DashboardBundle>; onError?: (error: unknown) => void } = {}): DashboardRoute {
  const build = options.build ?? buildDashboard;
  let bundle: Promise<DashboardBundle> | undefined;
  const current = () => {
    bundle ??= build().catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    return bundle;
  };
  return {
    handles: (target) => {
      const pathname = target.split(/[?#]/, 1)[0];
      return pathname === DASHBOARD_PATH || pathname?.startsWith(`${DASHBOARD_PATH}/`) === true;
    },
    async serve(req, res) {
      const pathname = (req.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
      if (req.method !== "GET" && req.method !== "HEAD") {
        return sendError(res, 405, ErrorCode.BAD_REQUEST, `Expected GET or HEAD for ${pathname}, found ${req.method ?? "no method"}`, { allow: "GET, HEAD" });
      }
      let built: DashboardBundle;
      try {
        built = await current();
      } catch (error) {
        options.onError?.(error);
        return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, `The dashboard page could not be built: ${(error as Error).message}`);
      }
      if (pathname.startsWith(`${DASHBOARD_PATH}/assets/`)) {
        const asset = built.assets.get(pathname);
        if (asset === undefined) return sendError(res, 404, ErrorCode.NOT_FOUND, `No dashboard asset ${pathname}`);
        return sendFile(req, res, asset);
      }
      sendFile(req, res, built.page, { "content-security-policy": CONTENT_SECURITY_POLICY });
    },
  };
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: DashboardFile, headers: Record<string, string> = {}): void {
  const accepted = String(req.headers["accept-encoding"] ?? "");
  const [encoding, body] =
    file.brotli !== null && /\bbr\b/.test(accepted) ? ["br", file.brotli] : file.gzip !== null && /\bgzip\b/.test(accepted) ? ["gzip", file.gzip] : [undefined, file.body];
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-length": body.length,
    "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
    vary: "accept-encoding",
    ...(encoding === undefined ? {} : { "content-encoding": encoding }),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
