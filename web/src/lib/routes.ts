/**
 * The page's state lives in its URL, so any view (and any open quote) can be shared or
 * bookmarked, and the browser's back button works:
 *
 *   /dashboard                                    overview
 *   /dashboard/company/<ticker|graph id>?metric=revenue&periods=YEAR&basis=GAAP
 *   /dashboard/topic/<name>
 *   /dashboard/analyst/<name>
 *   /dashboard/search?q=<words>&company=&period=&section=&role=&speaker=
 *
 * and on any of them a side panel with the words behind a number:
 *
 *   ?quote=<fact id>                 the quote a figure came from
 *   ?turn=<turn id>                  one turn (search words highlighted)
 *   ?mentions=<topic>&in=<scope>     the turns behind a topic count; scope is
 *                                    period:<label>, company:<graph id>, with:<topic> or asker:<name>
 */

export const BASE = "/dashboard";

export type View =
  | { name: "home" }
  | { name: "company"; ref: string; metric: string | null; periods: string | null; basis: string | null }
  | { name: "topic"; ref: string }
  | { name: "analyst"; ref: string }
  | { name: "search"; filters: SearchFilters }
  | { name: "not-found"; path: string };

export interface SearchFilters {
  q: string;
  company: string;
  period: string;
  section: string;
  role: string;
  speaker: string;
}

export type MentionScope = { by: "period" | "company" | "with" | "asker"; value: string } | null;

export type Panel =
  | { name: "quote"; id: string }
  | { name: "turn"; id: string }
  | { name: "mentions"; topic: string; scope: MentionScope }
  | null;

export interface Route {
  view: View;
  panel: Panel;
}

export const SEARCH_KEYS = ["q", "company", "period", "section", "role", "speaker"] as const;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split("/").filter((part) => part !== "").map(decode);
  return { view: parseView(parts, params, pathname), panel: parsePanel(params) };
}

function parseView(parts: string[], params: URLSearchParams, pathname: string): View {
  const [first, second] = parts;
  if (first === undefined) return { name: "home" };
  if (first === "company" && second !== undefined && parts.length === 2) {
    return { name: "company", ref: second, metric: params.get("metric"), periods: params.get("periods"), basis: params.get("basis") };
  }
  if (first === "topic" && second !== undefined && parts.length === 2) return { name: "topic", ref: second };
  if (first === "analyst" && second !== undefined && parts.length === 2) return { name: "analyst", ref: second };
  if (first === "search" && parts.length === 1) {
    const filters = Object.fromEntries(SEARCH_KEYS.map((key) => [key, params.get(key) ?? ""])) as unknown as SearchFilters;
    return { name: "search", filters };
  }
  return { name: "not-found", path: pathname };
}

function parsePanel(params: URLSearchParams): Panel {
  const quote = params.get("quote");
  if (quote) return { name: "quote", id: quote };
  const turn = params.get("turn");
  if (turn) return { name: "turn", id: turn };
  const topic = params.get("mentions");
  if (topic) {
    const scope = params.get("in");
    const colon = scope?.indexOf(":") ?? -1;
    const by = scope?.slice(0, colon);
    if (scope != null && colon > 0 && (by === "period" || by === "company" || by === "with" || by === "asker")) {
      return { name: "mentions", topic, scope: { by, value: scope.slice(colon + 1) } };
    }
    return { name: "mentions", topic, scope: null };
  }
  return null;
}

function query(entries: [string, string | null | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value != null && value !== "") params.set(key, value);
  const text = params.toString().replace(/\+/g, "%20");
  return text === "" ? "" : `?${text}`;
}

function viewPath(view: View): { path: string; params: [string, string | null][] } {
  switch (view.name) {
    case "home":
      return { path: BASE, params: [] };
    case "company":
      return {
        path: `${BASE}/company/${encodeURIComponent(view.ref)}`,
        params: [
          ["metric", view.metric],
          ["periods", view.periods],
          ["basis", view.basis],
        ],
      };
    case "topic":
      return { path: `${BASE}/topic/${encodeURIComponent(view.ref)}`, params: [] };
    case "analyst":
      return { path: `${BASE}/analyst/${encodeURIComponent(view.ref)}`, params: [] };
    case "search":
      return { path: `${BASE}/search`, params: SEARCH_KEYS.map((key) => [key, view.filters[key]]) };
    case "not-found":
      return { path: view.path, params: [] };
  }
}

function panelParams(panel: Panel): [string, string | null][] {
  if (panel === null) return [];
  switch (panel.name) {
    case "quote":
      return [["quote", panel.id]];
    case "turn":
      return [["turn", panel.id]];
    case "mentions":
      return [
        ["mentions", panel.topic],
        ["in", panel.scope === null ? null : `${panel.scope.by}:${panel.scope.value}`],
      ];
  }
}

export function formatRoute(route: Route): string {
  const { path, params } = viewPath(route.view);
  return path + query([...params, ...panelParams(route.panel)]);
}

export const href = {
  home: () => BASE,
  company: (ref: string, options: { metric?: string | null; periods?: string | null; basis?: string | null } = {}) =>
    formatRoute({ view: { name: "company", ref, metric: options.metric ?? null, periods: options.periods ?? null, basis: options.basis ?? null }, panel: null }),
  topic: (ref: string) => formatRoute({ view: { name: "topic", ref }, panel: null }),
  analyst: (ref: string) => formatRoute({ view: { name: "analyst", ref }, panel: null }),
  search: (filters: Partial<SearchFilters>) =>
    formatRoute({ view: { name: "search", filters: { q: "", company: "", period: "", section: "", role: "", speaker: "", ...filters } }, panel: null }),
};

/** The company reference a URL uses: the ticker when there is one, else the graph id. */
export function companyRef(company: { ticker?: string | null; graphId: string }): string {
  return company.ticker ?? company.graphId;
}
