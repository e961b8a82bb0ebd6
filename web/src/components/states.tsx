import type { ComponentChildren } from "preact";
import type { ApiError } from "../api";

export function Loading({ label = "Loading" }: { label?: string }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}…
    </div>
  );
}

const HINTS: Record<string, string> = {
  NETWORK: "The page could not reach the server. Check that `npm start` is still running, then reload.",
  DATABASE_UNAVAILABLE: "The server is up but Neo4j did not answer. Try again in a moment.",
  GRAPHQL_VALIDATION_FAILED: "The page asked for something this server's API does not have; the page and the server may be of different versions.",
  BAD_USER_INPUT: "Check the value in the address bar or the filters.",
};

export function ErrorMessage({ error, title = "Could not load this" }: { error: { code: string; message: string } | ApiError; title?: string }) {
  return (
    <div class="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
      {HINTS[error.code] !== undefined && <p class="muted">{HINTS[error.code]}</p>}
      <p class="muted small">Error code: {error.code}</p>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <strong>{title}</strong>
      {children !== undefined && <div class="muted">{children}</div>}
    </div>
  );
}
