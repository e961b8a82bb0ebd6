import { describe, expect, it } from "vitest";
import { formatRoute, href, parseRoute, type Route } from "../../web/src/lib/routes.js";

function roundTrip(url: string): string {
  const parsed = new URL(url, "http://localhost");
  return formatRoute(parseRoute(parsed.pathname, parsed.search));
}

describe("routes", () => {
  it("reads each view from its URL", () => {
    expect(parseRoute("/dashboard", "").view).toEqual({ name: "home" });
    expect(parseRoute("/dashboard/", "").view).toEqual({ name: "home" });
    expect(parseRoute("/dashboard/company/LRKN", "?metric=gross_margin&periods=YEAR").view).toEqual({
      name: "company",
      ref: "LRKN",
      metric: "gross_margin",
      periods: "YEAR",
      basis: null,
    });
    expect(parseRoute("/dashboard/topic/CAF%20II", "").view).toEqual({ name: "topic", ref: "CAF II" });
    expect(parseRoute("/dashboard/analyst/Simon%20Leopold", "").view).toEqual({ name: "analyst", ref: "Simon Leopold" });
    expect(parseRoute("/dashboard/search", "?q=vectoring&section=QA").view).toMatchObject({ name: "search", filters: { q: "vectoring", section: "QA", company: "" } });
    expect(parseRoute("/dashboard/nothing/here", "").view).toEqual({ name: "not-found", path: "/dashboard/nothing/here" });
  });

  it("reads the side panel from the query string", () => {
    expect(parseRoute("/dashboard", "?quote=abc").panel).toEqual({ name: "quote", id: "abc" });
    expect(parseRoute("/dashboard", "?turn=t1").panel).toEqual({ name: "turn", id: "t1" });
    expect(parseRoute("/dashboard", "?mentions=CAF%20II&in=company:company:calix").panel).toEqual({
      name: "mentions",
      topic: "CAF II",
      scope: { by: "company", value: "company:calix" },
    });
    expect(parseRoute("/dashboard", "?mentions=BEAD&in=bogus:1").panel).toEqual({ name: "mentions", topic: "BEAD", scope: null });
  });

  it("writes back the URL it read, so a shared link opens the same view and panel", () => {
    for (const url of [
      "/dashboard",
      "/dashboard/company/company%3Acalix?metric=eps&quote=TWV0cmljRmFjdDp4",
      "/dashboard/topic/CAF%20II?mentions=CAF%20II&in=period%3A2015-Q2",
      "/dashboard/analyst/Simon%20Leopold?mentions=CAF%20II&in=asker%3ASimon%20Leopold",
      "/dashboard/search?q=CAF%20II&company=Calix&section=QA&turn=abc",
    ]) {
      expect(roundTrip(url)).toBe(url);
    }
  });

  it("builds links with only the parameters that are set", () => {
    expect(href.company("LRKN")).toBe("/dashboard/company/LRKN");
    expect(href.company("LRKN", { metric: "eps" })).toBe("/dashboard/company/LRKN?metric=eps");
    expect(href.search({ q: "fiber edge", period: "2025-Q2" })).toBe("/dashboard/search?q=fiber%20edge&period=2025-Q2");
    const route: Route = { view: { name: "topic", ref: "A/B" }, panel: null };
    expect(formatRoute(route)).toBe("/dashboard/topic/A%2FB");
  });
});
