/**
 * History-based navigation for the page: links are plain `<a href>` (so they open in a new tab,
 * can be copied and work from the keyboard); a click on one that stays inside the dashboard is
 * turned into a pushState, and every component reading `useRoute()` re-renders.
 */
import { useEffect, useState } from "preact/hooks";
import { BASE, formatRoute, parseRoute, type Panel, type Route } from "./lib/routes";

const CHANGE = "dashboard:navigate";

function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (url === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  dispatchEvent(new Event(CHANGE));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    addEventListener("popstate", update);
    addEventListener(CHANGE, update);
    return () => {
      removeEventListener("popstate", update);
      removeEventListener(CHANGE, update);
    };
  }, []);
  return route;
}

/** The current view with a side panel opened (or closed, with null). */
export function withPanel(route: Route, panel: Panel): string {
  return formatRoute({ view: route.view, panel });
}

/** Turns clicks on same-page links into history navigation. Installed once by main.tsx. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.("a");
    if (!anchor || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || !(url.pathname === BASE || url.pathname.startsWith(`${BASE}/`))) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}
