import { LRUCache } from "lru-cache";
import type { Database, Params, Row } from "../db/database.js";

/** The most people a name may match for the memo to keep them (more: the text index every time). */
export const NAME_MATCHES_LIMIT = 20;

interface Matched {
  ids: string[];
  /** The graph's state when the name matched them (Database.queryWithState). */
  state: string;
}

/**
 * Whom an analyst name filter matched, per name, under the graph's state at the time. The filter
 * is a substring match on the TEXT index (`nameLower CONTAINS`), which costs Neo4j more than the
 * rest of a coverage's look-up; the people it finds change only when a write commits. So the
 * first request for a name reads the page by name and brings back everyone the name matched
 * (`namedIds`); later ones seek those people by id, and keep the answer only when it was read in
 * the same state (the bookmark of its transaction): a load in between, from this process or any
 * other, makes them read by name again. Nothing is ever answered from the memo alone.
 *
 * One per server, shared by its requests; the least recently asked names go first.
 */
export class NameMatches {
  private readonly matched = new LRUCache<string, Matched>({ max: 10_000 });

  /**
   * Reads an analysts' page filtered by `params.name`: `byName` (which takes `$memoLimit` and
   * returns `namedIds` on every row) or, when the memo knows whom the name matches, `byIds`
   * (which takes `$personIds` and reads the same page). One round trip, two after a write.
   */
  async readPage(db: Database, statements: { byName: string; byIds: string }, params: Params): Promise<Row[]> {
    const name = String(params["name"]);
    const known = this.matched.get(name);
    if (known !== undefined) {
      const { rows, state } = await db.queryWithState(statements.byIds, { ...params, personIds: known.ids });
      if (state === known.state) return rows;
      this.matched.delete(name);
    }
    const { rows, state } = await db.queryWithState(statements.byName, { ...params, memoLimit: NAME_MATCHES_LIMIT });
    const ids = rows[0]?.["namedIds"];
    if (state !== null && Array.isArray(ids)) this.matched.set(name, { ids: ids.map(String), state });
    return rows;
  }
}
