import type { Row } from "../db/database.js";

/** The PARTICIPATED_IN columns of a row (role, title, organization, turns) as CallParticipant fields. */
export function participation(row: Row) {
  return { role: row["role"], title: row["title"] ?? null, organization: row["organization"] ?? null, turns: row["turns"] ?? 0 };
}
