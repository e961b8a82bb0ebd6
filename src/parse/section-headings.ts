import type { SectionName } from "../model/transcript.js";

export type Heading = SectionName | "participants-company" | "participants-analysts" | "participants" | "end";

const HEADINGS: Record<string, Heading> = {
  PRESENTATION: "presentation",
  PREPAREDREMARKS: "presentation",
  MANAGEMENTDISCUSSIONSECTION: "presentation",
  QUESTIONSANDANSWERS: "qa",
  QUESTIONANDANSWERS: "qa",
  QUESTIONSANDANSWER: "qa",
  QUESTIONANDANSWER: "qa",
  QUESTIONANDANSWERSECTION: "qa",
  QUESTIONANDANSWERSESSION: "qa",
  QUESTIONSANDANSWERSSESSION: "qa",
  QA: "qa",
  QANDA: "qa",
  CORPORATEPARTICIPANTS: "participants-company",
  COMPANYPARTICIPANTS: "participants-company",
  CONFERENCECALLPARTICIPANTS: "participants-analysts",
  OTHERPARTICIPANTS: "participants-analysts",
  CALLPARTICIPANTS: "participants",
  PARTICIPANTS: "participants",
  DISCLAIMER: "end",
  DEFINITIONS: "end",
};

/**
 * A section heading on a line of its own, in capitals, possibly letter-spaced
 * (`P R E S E N T A T I O N`, `Q U E S T I O N S  A N D  A N S W E R S`) or followed by a colon.
 * Returns null for anything else, including a sentence that merely contains the words.
 */
export function readHeading(line: string): Heading | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 64) return null;
  if (trimmed !== trimmed.toUpperCase()) return null;
  return HEADINGS[trimmed.replace(/&/g, "AND").replace(/[^A-Z]/g, "")] ?? null;
}
