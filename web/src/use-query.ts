import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "./api";

/** While loading, `previous` is the last answer of this hook, so a view can keep it on screen. */
export type QueryState<T> = { status: "idle" } | { status: "loading"; previous?: T } | { status: "error"; error: ApiError } | { status: "done"; data: T };

/**
 * Runs one GraphQL operation whenever its variables change (null: not now) and aborts the one
 * in flight, so a fast typist or a back-and-forth never sees an older answer win.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>(key === null ? { status: "idle" } : { status: "loading" });
  useEffect(() => {
    if (key === null) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState((last) => (last.status === "done" ? { status: "loading", previous: last.data } : last.status === "loading" ? last : { status: "loading" }));
    gql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ status: "done", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error: error instanceof ApiError ? error : new ApiError("UNKNOWN", String(error)) });
      },
    );
    return () => controller.abort();
  }, [query, key]);
  return state;
}
