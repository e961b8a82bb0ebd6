/**
 * The side panel: the words behind a number. A figure opens its quote inside the whole turn, a
 * search hit opens its turn, a topic count opens the turns it counts; each shows the speaker and
 * the call, with the matching passage marked and scrolled into view.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { formatDate, formatFact, metricLabel, plural, roleLabel } from "../lib/format";
import { excerptWindows, findTerms, locateQuote, queryWords, segments, type TextRange } from "../lib/highlight";
import { companyRef, href, type MentionScope, type Panel, type Route } from "../lib/routes";
import { MENTIONS_PANEL, QUOTE_PANEL, TURN_PANEL, type MentionsData, type QuoteData, type TurnData, type TurnPanelData } from "../queries";
import { navigate, withPanel } from "../router";
import { useQuery } from "../use-query";
import { Chip } from "./card";
import { Verdict } from "./verdict";
import { Empty, ErrorMessage, Loading } from "./states";

export function SidePanel({ route }: { route: Route }) {
  const panel = route.panel;
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => navigate(withPanel(route, null));
  useEffect(() => {
    if (panel === null) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    addEventListener("keydown", onKey);
    return () => {
      removeEventListener("keydown", onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, [panel === null, JSON.stringify(panel)]);
  if (panel === null) return null;
  return (
    <div class="panel-layer">
      <div class="panel-backdrop" onClick={close} aria-hidden="true" />
      <div class="panel" role="dialog" aria-modal="true" aria-labelledby="panel-title" tabIndex={-1} ref={dialog}>
        <button type="button" class="panel-close" onClick={close} aria-label="Close (Escape)">
          ×
        </button>
        <PanelBody panel={panel} route={route} />
      </div>
    </div>
  );
}

function PanelBody({ panel, route }: { panel: NonNullable<Panel>; route: Route }) {
  switch (panel.name) {
    case "quote":
      return <QuoteBody id={panel.id} route={route} />;
    case "turn":
      return <TurnBody id={panel.id} terms={route.view.name === "search" ? queryWords(route.view.filters.q) : []} />;
    case "mentions":
      return <MentionsBody topic={panel.topic} scope={panel.scope} route={route} />;
  }
}

function Marked({ text, ranges }: { text: string; ranges: TextRange[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector("mark")?.scrollIntoView({ block: "center" });
  }, [text, ranges]);
  return (
    <div class="turn-text" ref={ref}>
      {segments(text, ranges).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </div>
  );
}

function TurnSource({ turn }: { turn: TurnData }) {
  const call = turn.call;
  const company = call?.company ?? null;
  const asker = turn.exchange?.analyst?.name ?? null;
  return (
    <dl class="source">
      <div>
        <dt>Speaker</dt>
        <dd>
          {turn.role === "ANALYST" && turn.speaker !== null ? <a href={href.analyst(turn.speaker.name)}>{turn.speaker.name}</a> : <strong>{turn.speakerName ?? "Unattributed"}</strong>}
          <span class="muted">
            {" · "}
            {[turn.speaker?.title, roleLabel(turn.role)].filter(Boolean).join(", ")}
          </span>
        </dd>
      </div>
      <div>
        <dt>Call</dt>
        <dd>
          {company !== null ? <a href={href.company(companyRef(company))}>{company.name}</a> : (call?.companyName ?? "Unknown company")}
          {" · "}
          {call?.periodLabel ?? "period unknown"}
          {formatDate(call?.date) !== null && <span class="muted"> · {formatDate(call?.date)}</span>}
        </dd>
      </div>
      <div>
        <dt>Where</dt>
        <dd>
          {turn.section === "QA" ? "Q&A" : turn.section === "PRESENTATION" ? "Prepared remarks" : "Transcript"}
          {asker !== null && turn.role !== "ANALYST" && (
            <>
              {" · answering "}
              <a href={href.analyst(asker)}>{asker}</a>
            </>
          )}
          {" · turn "}
          {turn.index + 1}
          {turn.line !== null && <> · line {turn.line}</>}
          {call?.sourceName != null && <span class="muted"> of {call.sourceName.split(/[\\/]/).pop()}</span>}
        </dd>
      </div>
    </dl>
  );
}

function QuoteBody({ id, route }: { id: string; route: Route }) {
  const state = useQuery<QuoteData>(QUOTE_PANEL, { id });
  if (state.status === "loading" || state.status === "idle") return <Loading label="Loading the quote" />;
  if (state.status === "error") return <ErrorMessage error={state.error} title="Could not load the quote" />;
  const fact = state.data.node;
  if (fact === null || fact.quote === undefined) return <Empty title="No such figure">It may have been removed when its call was loaded again.</Empty>;
  const turn = fact.turn;
  const located = turn === null ? null : locateQuote(turn.text, fact.quote, fact.start - turn.start);
  const kind = fact.kind === "GUIDANCE" ? "Guidance" : fact.kind === "PRIOR" ? "Prior-period figure" : fact.kind === "CHANGE" ? "Change" : "Actual";
  return (
    <article class="panel-body" aria-live="polite">
      <p class="eyebrow">
        {metricLabel(fact.metricName)} · {fact.periodLabel} · {kind}
        {fact.basis !== null && <> · {fact.basis === "NON_GAAP" ? "non-GAAP" : fact.basis === "CONSTANT_CURRENCY" ? "constant currency" : "GAAP"}</>}
      </p>
      <h2 id="panel-title" class="panel-figure">
        {formatFact(fact)}
      </h2>
      {fact.outcomes.map((outcome, index) => (
        <p class="outcome" key={index}>
          {outcome.resolved ? (
            <>
              <Verdict verdict={outcome.verdict} position={outcome.position} />{" "}
              {fact.kind === "GUIDANCE" ? (
                <>
                  Actual <a href={withPanel(route, { name: "quote", id: outcome.actual!.id })}>{formatFact(outcome.actual!)}</a> ({outcome.actual!.call?.periodLabel} call)
                </>
              ) : (
                <>
                  Guidance <a href={withPanel(route, { name: "quote", id: outcome.guidance.id })}>{formatFact(outcome.guidance)}</a> (given in the {outcome.guidance.call?.periodLabel} call)
                </>
              )}
            </>
          ) : (
            <Chip>No actual yet</Chip>
          )}
        </p>
      ))}
      {turn === null ? (
        <blockquote class="turn-text">
          <mark>{fact.quote}</mark>
        </blockquote>
      ) : (
        <>
          <TurnSource turn={turn} />
          <h3 class="panel-sub">What was said</h3>
          <Marked text={turn.text} ranges={located === null ? [] : [located]} />
          {located === null && <p class="muted small">The quote is not found word for word in the turn; it reads: “{fact.quote}”</p>}
        </>
      )}
    </article>
  );
}

function TurnBody({ id, terms }: { id: string; terms: string[] }) {
  const state = useQuery<TurnPanelData>(TURN_PANEL, { id });
  if (state.status === "loading" || state.status === "idle") return <Loading label="Loading the turn" />;
  if (state.status === "error") return <ErrorMessage error={state.error} title="Could not load the turn" />;
  const turn = state.data.node;
  if (turn === null || turn.text === undefined) return <Empty title="No such turn">It may have been removed when its call was loaded again.</Empty>;
  return (
    <article class="panel-body">
      <p class="eyebrow">
        {turn.call?.company?.name ?? turn.call?.companyName} · {turn.call?.periodLabel}
      </p>
      <h2 id="panel-title">{turn.speakerName ?? "Unattributed"}</h2>
      <TurnSource turn={turn} />
      {turn.topics.length > 0 && (
        <p class="chips">
          {turn.topics.slice(0, 8).map((topic) => (
            <a class="chip chip-link" href={href.topic(topic.topic.name)} key={topic.topic.name}>
              {topic.topic.name}
            </a>
          ))}
        </p>
      )}
      <h3 class="panel-sub">What was said</h3>
      <Marked text={turn.text} ranges={findTerms(turn.text, terms)} />
    </article>
  );
}

function scopeTitle(scope: MentionScope): string {
  if (scope === null) return "All turns that mention it";
  switch (scope.by) {
    case "period":
      return `Turns of ${scope.value} calls`;
    case "company":
      return "Turns of one company's calls";
    case "with":
      return `Turns that also mention ${scope.value}`;
    case "asker":
      return `${scope.value}'s questions`;
  }
}

type MentionTurn = NonNullable<MentionsData["topic"]>["turns"]["nodes"][number];

function inScope(turn: MentionTurn, scope: MentionScope): boolean {
  if (scope === null) return true;
  switch (scope.by) {
    case "period":
      return turn.call?.periodLabel === scope.value;
    case "company":
      return turn.call?.company?.graphId === scope.value;
    case "with":
      return turn.topics.some((topic) => topic.topic.name.toLowerCase() === scope.value.toLowerCase());
    case "asker":
      return turn.role === "ANALYST" && (turn.speaker?.name ?? turn.speakerName) === scope.value;
  }
}

function MentionsBody({ topic, scope, route }: { topic: string; scope: MentionScope; route: Route }) {
  const filter = scope?.by === "period" ? { period: { is: scope.value } } : scope?.by === "company" ? { companies: [scope.value] } : null;
  const state = useQuery<MentionsData>(MENTIONS_PANEL, { topic, filter });
  if (state.status === "loading" || state.status === "idle") return <Loading label="Loading the turns" />;
  if (state.status === "error") return <ErrorMessage error={state.error} title="Could not load the turns" />;
  const data = state.data.topic;
  if (data === null) return <Empty title={`No topic “${topic}”`} />;
  const turns = data.turns.nodes.filter((turn) => inScope(turn, scope));
  const terms = [data.name, ...data.aliases, ...(scope?.by === "with" ? [scope.value] : [])];
  const company = scope?.by === "company" ? turns[0]?.call?.company?.name : undefined;
  return (
    <article class="panel-body">
      <p class="eyebrow">Topic · {data.name}</p>
      <h2 id="panel-title">{company !== undefined ? `Turns of ${company}'s calls` : scopeTitle(scope)}</h2>
      <p class="muted">
        {plural(turns.length, "turn")} mention {data.name}
        {data.turns.pageInfo.hasNextPage && <> among the {plural(data.turns.nodes.length, "newest turn")} that do (of {data.turns.totalCount})</>}.
      </p>
      {turns.length === 0 && <Empty title="No turns here">{data.turns.pageInfo.hasNextPage ? "The count comes from turns beyond the newest 100." : "The topic's turns changed since the count was read."}</Empty>}
      <ol class="turn-list">
        {turns.map((turn) => (
          <li key={turn.id}>
            <TurnCard turn={turn} terms={terms} route={route} />
          </li>
        ))}
      </ol>
    </article>
  );
}

function TurnCard({ turn, terms, route }: { turn: TurnData; terms: string[]; route: Route }): ComponentChildren {
  const ranges = findTerms(turn.text, terms);
  const windows = excerptWindows(turn.text, ranges);
  const whole = windows.length === 1 && windows[0]!.start === 0 && windows[0]!.end === turn.text.length;
  return (
    <div class="turn-card">
      <p class="turn-meta">
        <strong>{turn.speakerName ?? "Unattributed"}</strong>
        <span class="muted">
          {" · "}
          {roleLabel(turn.role)} · {turn.call?.company?.name ?? turn.call?.companyName} {turn.call?.periodLabel}
          {turn.line !== null && <> · line {turn.line}</>}
        </span>
      </p>
      <div class="turn-text compact">
        {windows.map((window, index) => (
          <p key={index}>
            {window.start > 0 && "… "}
            {segments(turn.text.slice(window.start, window.end), ranges.map((range) => ({ start: range.start - window.start, end: range.end - window.start }))).map((segment, at) =>
              segment.marked ? <mark key={at}>{segment.text}</mark> : segment.text,
            )}
            {window.end < turn.text.length && " …"}
          </p>
        ))}
      </div>
      {!whole && (
        <a class="small" href={withPanel(route, { name: "turn", id: turn.id })}>
          The whole turn →
        </a>
      )}
    </div>
  );
}
