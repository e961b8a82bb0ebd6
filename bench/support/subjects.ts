/**
 * What the query benchmarks ask about: real companies, topics and analysts of the loaded graph,
 * chosen by the same rules on every run (bench/cypher/pick-*.cypher), so two runs over the same
 * store ask the same questions. The busiest subjects are taken on purpose: a dashboard opens the
 * big companies and topics first, and they are where a slow statement shows.
 */
import type { Database } from "../../src/db/database.js";
import type { Subject } from "../peer/operations.js";
import { benchRead } from "./bench-cypher.js";

export interface SubjectsOptions {
  count: number;
  /** A word for full-text search. */
  word: string;
  /** Fewest turns a topic subject has (default 100; a small graph, such as a test's, has no such topic). */
  minTopicTurns?: number;
}

/**
 * `count` subjects: the companies with the most company guidance, the topics at turn-count ranks
 * 1, 10, 100, … (large and smaller topics, each with at least 100 turns), and the analysts with the
 * most calls whose name no other analyst's name contains.
 */
export async function pickSubjects(db: Database, options: SubjectsOptions): Promise<Subject[]> {
  const companies = await benchRead(db, "pick-companies", { limit: options.count });
  const minTurns = options.minTopicTurns ?? 100;
  const topics = await benchRead(db, "pick-topics", { min: minTurns });
  const analysts = (await benchRead(db, "pick-analysts")).filter((a) => a["namesakes"] === 1);
  if (companies.length < options.count || topics.length === 0 || analysts.length < options.count) {
    throw new Error(
      `Expected a graph with ${options.count} companies with guidance, topics with ${minTurns} turns and analysts; ` +
        `found ${companies.length} companies, ${topics.length} topics, ${analysts.length} analysts`,
    );
  }
  return companies.map((company, i) => {
    const topic = topics[Math.min(topics.length - 1, 10 ** i - 1)]!;
    return {
      ticker: String(company["ticker"]),
      companyId: String(company["companyId"]),
      period: String(company["period"]),
      callId: String(company["callId"]),
      topicId: String(topic["topicId"]),
      analystName: String(analysts[i]!["name"]),
      word: options.word,
    };
  });
}

export function describeSubjects(subjects: Subject[]): string[] {
  return subjects.map(
    (s, i) => `  subject ${i + 1}: company ${s.ticker} (newest call ${s.period}), topic ${s.topicId}, analyst ${s.analystName}, search "${s.word}"`,
  );
}
