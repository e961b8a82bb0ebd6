import type { Role } from "../model/transcript.js";
import { nameTokens } from "./person-names.js";

const OPERATOR_LABEL = /^(?:the\s+)?(?:conference\s+|call\s+)?(?:operator|moderator|coordinator)(?:\s*\(.*\))?$/i;

/** `Operator`, `Conference Operator`, `Moderator`: the call's host, not a person with a name. */
export function isOperatorLabel(label: string): boolean {
  return OPERATOR_LABEL.test(label.trim());
}

const UNIDENTIFIED = /^(?:unidentified|unknown|unnamed)\b/i;

/** `Unidentified Participant`, `Unknown Speaker`, `Unidentified Company Representative`. */
export function isUnidentifiedLabel(label: string): boolean {
  return UNIDENTIFIED.test(label.trim());
}

const PLACEHOLDER = /^(?:(?:speaker|participant|analyst|caller|questioner|audience member|male speaker|female speaker|man|woman)\s*\d{0,3}|(?:speaker|participant)\s+[a-z])$/i;

/** A label that stands for someone without naming them: `Unidentified Analyst`, `Speaker 2`. */
export function isAnonymousLabel(label: string): boolean {
  return isUnidentifiedLabel(label) || PLACEHOLDER.test(label.trim());
}

const ANALYST_TITLE = /\b(?:analyst|research|equity|associate)\b/i;
const ANALYST_ORG = /\b(?:research division|securities|capital markets|investment bank|equity research|partners|advisors|asset management|brokerage)\b/i;
const EXECUTIVE_TITLE =
  /\b(?:ceo|cfo|coo|cto|cio|cmo|chief|president|chair(?:man|woman|person)?|vice|vp|svp|evp|director|officer|head|investor relations|ir|treasurer|controller|founder|manager|executive|general counsel|secretary|principal accounting|partner)\b/i;

/** Whether a list entry's second half is a job title ("Chief Financial Officer", "VP of IR"). */
export function looksLikeJobTitle(text: string): boolean {
  return EXECUTIVE_TITLE.test(text) || ANALYST_TITLE.test(text);
}

/** A company officer's title, and no analyst's ("Executive Vice President", "Senior Vice President"). */
export function looksLikeOfficerTitle(text: string): boolean {
  return EXECUTIVE_TITLE.test(text) && !ANALYST_TITLE.test(text);
}

/** Role from a title and organization alone, or null when they do not say. */
export function roleFromTitle(input: { title: string | null; organization: string | null; company: string | null }): Role | null {
  const { title, organization, company } = input;
  if (title && /\banalyst\b/i.test(title)) return "analyst";
  if (organization && /\bresearch division\b/i.test(organization)) return "analyst";
  if (organization && company && sameOrganization(organization, company)) return "executive";
  if (title && looksLikeOfficerTitle(title) && (!organization || !company)) return "executive";
  if (organization && ANALYST_ORG.test(organization)) return "analyst";
  return null;
}

const ORG_NOISE = new Set(["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "sa", "ag", "nv", "as", "the", "holdings", "group", "lp", "llp"]);

function orgTokens(name: string): string[] {
  return nameTokens(name.replace(/&/g, " and ")).filter((t) => !ORG_NOISE.has(t));
}

/**
 * Whether two spellings name one organization: "Calix, Inc." and "Calix"; "Equinix Inc" and
 * "Equinix, Inc.". One name's significant tokens must be a prefix of the other's.
 */
export function sameOrganization(a: string, b: string): boolean {
  const ta = orgTokens(a);
  const tb = orgTokens(b);
  if (ta.length === 0 || tb.length === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((t, i) => long[i] === t);
}
