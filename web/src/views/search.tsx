import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { Card } from "../components/card";
import { Empty, ErrorMessage, Loading } from "../components/states";
import { plural, roleLabel } from "../lib/format";
import { segments } from "../lib/highlight";
import { companyRef, formatRoute, href, SEARCH_KEYS, type Route, type SearchFilters } from "../lib/routes";
import { SEARCH_VIEW, type SearchData, type SearchHitData } from "../queries";
import { navigate, withPanel } from "../router";
import { useQuery } from "../use-query";

function variables(filters: SearchFilters): Record<string, unknown> | null {
  if (filters.q.trim() === "") return null;
  const filter: Record<string, unknown> = {};
  if (filters.company.trim() !== "") filter["companies"] = [filters.company.trim()];
  if (filters.period.trim() !== "") filter["period"] = { is: filters.period.trim() };
  for (const key of ["section", "role", "speaker"] as const) if (filters[key].trim() !== "") filter[key] = filters[key].trim();
  return { query: filters.q.trim(), filter };
}

export function SearchPage({ route, filters }: { route: Route; filters: SearchFilters }) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const vars = variables(filters);
  const state = useQuery<SearchData>(SEARCH_VIEW, vars);
  const [more, setMore] = useState<{ hits: SearchHitData[]; cursor: string | null; hasNext: boolean; loading: boolean; error: ApiError | null } | null>(null);
  useEffect(() => setMore(null), [JSON.stringify(vars)]);

  const submit = (event: Event) => {
    event.preventDefault();
    navigate(formatRoute({ view: { name: "search", filters: draft }, panel: null }));
  };
  const set = (key: keyof SearchFilters) => (event: Event) => setDraft({ ...draft, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value });

  const first = state.status === "done" ? state.data.searchTurns : null;
  const hits = [...(first?.nodes ?? []), ...(more?.hits ?? [])];
  const hasNext = more?.hasNext ?? first?.pageInfo.hasNextPage ?? false;
  const loadMore = async () => {
    const cursor = more?.cursor ?? first?.pageInfo.endCursor ?? null;
    if (vars === null || cursor === null) return;
    setMore({ hits: more?.hits ?? [], cursor, hasNext, loading: true, error: null });
    try {
      const data = await gql<SearchData>(SEARCH_VIEW, { ...vars, after: cursor });
      setMore({ hits: [...(more?.hits ?? []), ...data.searchTurns.nodes], cursor: data.searchTurns.pageInfo.endCursor, hasNext: data.searchTurns.pageInfo.hasNextPage, loading: false, error: null });
    } catch (error) {
      setMore({ hits: more?.hits ?? [], cursor, hasNext, loading: false, error: error instanceof ApiError ? error : new ApiError("UNKNOWN", String(error)) });
    }
  };

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <p class="eyebrow">Search</p>
          <h1>What was said</h1>
          <p class="muted">Every word must occur in a turn; words are taken literally.</p>
        </div>
      </header>
      <form class="search-form card" onSubmit={submit} role="search">
        <label class="field field-wide">
          <span>Words</span>
          <input type="search" name="q" value={draft.q} onInput={set("q")} placeholder="e.g. CAF II, vectoring, supply chain" />
        </label>
        <label class="field">
          <span>Company</span>
          <input name="company" value={draft.company} onInput={set("company")} placeholder="ticker or name" />
        </label>
        <label class="field">
          <span>Period</span>
          <input name="period" value={draft.period} onInput={set("period")} placeholder="2015-Q2" />
        </label>
        <label class="field">
          <span>Section</span>
          <select name="section" value={draft.section} onChange={set("section")}>
            <option value="">Any</option>
            <option value="PRESENTATION">Prepared remarks</option>
            <option value="QA">Q&amp;A</option>
          </select>
        </label>
        <label class="field">
          <span>Speaker role</span>
          <select name="role" value={draft.role} onChange={set("role")}>
            <option value="">Any</option>
            <option value="EXECUTIVE">Executive</option>
            <option value="ANALYST">Analyst</option>
            <option value="OPERATOR">Operator</option>
          </select>
        </label>
        <label class="field">
          <span>Speaker</span>
          <input name="speaker" value={draft.speaker} onInput={set("speaker")} placeholder="part of a name" />
        </label>
        <button type="submit" class="button-primary">
          Search
        </button>
      </form>

      {vars === null ? (
        <Empty title="Type some words to search the calls">
          {SEARCH_KEYS.some((key) => key !== "q" && filters[key] !== "") ? "The filters above apply to the search." : "Try a product, a program, a customer or a phrase."}
        </Empty>
      ) : state.status === "loading" || state.status === "idle" ? (
        <Loading label="Searching" />
      ) : state.status === "error" ? (
        <ErrorMessage error={state.error} title="The search failed" />
      ) : hits.length === 0 ? (
        <Empty title={`Nothing found for “${filters.q}”`}>Fewer words or fewer filters may find something.</Empty>
      ) : (
        <Card title={`${plural(state.data.searchTurns.totalCount, "turn")} found`} id="results">
          <ol class="hits">
            {hits.map((hit) => (
              <Hit hit={hit} route={route} key={hit.turn.id} />
            ))}
          </ol>
          {more?.error != null && <ErrorMessage error={more.error} title="Could not load more" />}
          {hasNext && (
            <button type="button" class="button" onClick={loadMore} disabled={more?.loading === true}>
              {more?.loading === true ? "Loading…" : "More results"}
            </button>
          )}
        </Card>
      )}
    </div>
  );
}

function Hit({ hit, route }: { hit: SearchHitData; route: Route }) {
  const call = hit.turn.call;
  const company = call?.company ?? null;
  return (
    <li class="hit">
      <p class="turn-meta">
        <strong>{hit.turn.speakerName ?? "Unattributed"}</strong>
        <span class="muted">
          {" · "}
          {roleLabel(hit.turn.role)}
          {hit.turn.exchange !== null && hit.turn.role !== "ANALYST" && <> answering {hit.turn.exchange.analystName}</>}
          {" · "}
        </span>
        {company !== null ? <a href={href.company(companyRef(company))}>{company.name}</a> : (call?.companyName ?? "Unknown company")}
        <span class="muted">
          {" "}
          {call?.periodLabel} · {hit.turn.section === "QA" ? "Q&A" : hit.turn.section === "PRESENTATION" ? "prepared remarks" : "transcript"}
        </span>
      </p>
      <a class="passage" href={withPanel(route, { name: "turn", id: hit.turn.id })}>
        {hit.passageStart > 0 && "… "}
        {segments(hit.passage, hit.highlights).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
      </a>
    </li>
  );
}
