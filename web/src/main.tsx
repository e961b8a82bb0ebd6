import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import "@fontsource-variable/inter/wght.css";
import "./styles.css";
import { SidePanel } from "./components/panel";
import { Empty } from "./components/states";
import { href, type Route, type View } from "./lib/routes";
import { interceptLinks, navigate, useRoute } from "./router";
import { AnalystPage } from "./views/analyst";
import { CompanyPage } from "./views/company";
import { HomePage } from "./views/home";
import { SearchPage } from "./views/search";
import { TopicPage } from "./views/topic";

function title(view: View): string {
  switch (view.name) {
    case "home":
      return "Overview";
    case "company":
      return view.ref;
    case "topic":
      return `Topic ${view.ref}`;
    case "analyst":
      return view.ref;
    case "search":
      return view.filters.q === "" ? "Search" : `Search “${view.filters.q}”`;
    case "not-found":
      return "Not found";
  }
}

function Page({ route }: { route: Route }) {
  const view = route.view;
  switch (view.name) {
    case "home":
      return <HomePage />;
    case "company":
      return <CompanyPage route={route} view={view} key={view.ref} />;
    case "topic":
      return <TopicPage route={route} topicRef={view.ref} key={view.ref} />;
    case "analyst":
      return <AnalystPage route={route} name={view.ref} key={view.ref} />;
    case "search":
      return <SearchPage route={route} filters={view.filters} />;
    case "not-found":
      return (
        <div class="page">
          <Empty title={`No page at ${view.path}`}>
            <a href={href.home()}>Back to the overview</a>
          </Empty>
        </div>
      );
  }
}

function Header({ route }: { route: Route }) {
  const [q, setQ] = useState(route.view.name === "search" ? route.view.filters.q : "");
  useEffect(() => {
    if (route.view.name === "search") setQ(route.view.filters.q);
  }, [route.view.name === "search" ? route.view.filters.q : null]);
  const current = route.view.name;
  return (
    <header class="topbar">
      <div class="topbar-inner">
        <a class="brand" href={href.home()}>
          <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true">
            <rect width="16" height="16" rx="3.5" fill="currentColor" />
            <path d="M3 11l3-3 2 2 5-5" stroke="white" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          earnings-graph
        </a>
        <nav aria-label="Views">
          <a href={href.home()} aria-current={current === "home" ? "page" : undefined}>
            Overview
          </a>
          <a href={href.search({})} aria-current={current === "search" ? "page" : undefined}>
            Search
          </a>
        </nav>
        <form
          class="topbar-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (q.trim() !== "") navigate(href.search({ q: q.trim() }));
          }}
        >
          <label for="global-search" class="visually-hidden">
            Search what was said
          </label>
          <input id="global-search" type="search" placeholder="Search what was said…" value={q} onInput={(event) => setQ((event.target as HTMLInputElement).value)} />
        </form>
      </div>
    </header>
  );
}

function App() {
  const route = useRoute();
  const viewKey = route.view.name === "company" || route.view.name === "topic" || route.view.name === "analyst" ? `${route.view.name}:${route.view.ref}` : route.view.name;
  useEffect(() => {
    scrollTo(0, 0);
  }, [viewKey]);
  useEffect(() => {
    document.title = `${title(route.view)} · earnings-graph`;
  }, [JSON.stringify(route.view)]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      {/* With the side panel open, the page behind it is out of reach of Tab and screen readers. */}
      <div class="shell" inert={route.panel !== null}>
        <Header route={route} />
        <main id="main" tabIndex={-1}>
          <Page route={route} />
        </main>
        <footer class="footer">
          Every figure and count opens the words it came from. Data from this server's GraphQL API at <code>/graphql</code>.
        </footer>
      </div>
      <SidePanel route={route} />
    </>
  );
}

const root = document.getElementById("app")!;
interceptLinks(document.body);
render(<App />, root);
