import type { RawTurn } from "./layout-reading.js";
import { firmFromIntroduction } from "./analyst-firm.js";
import { companyFromGreeting } from "./call-company.js";
import { isModeratorTurn } from "./qa-opening.js";
import { isUnidentifiedLabel, roleFromTitle, sameOrganization } from "./participant-roles.js";
import { matchNames, nameTokens } from "./person-names.js";
import type { Person } from "./speaker-registry.js";

/** The organization most presentation speakers (then executives) share: the company holding the call. */
export function inferCompany(people: Person[], turns: RawTurn[], speakerOf: (Person | null)[]): string | null {
  const counts = new Map<string, number>();
  turns.forEach((t, i) => {
    const p = speakerOf[i];
    if (t.section === "presentation" && p && p.role !== "operator" && p.role !== "analyst" && p.organization) {
      counts.set(p.organization, (counts.get(p.organization) ?? 0) + 1);
    }
  });
  if (counts.size === 0) {
    for (const p of people) if (p.role === "executive" && p.organization) counts.set(p.organization, (counts.get(p.organization) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [org, n] of counts) if (n > bestCount) [best, bestCount] = [org, n];
  return best;
}

/** The company the greetings of the first two turns name ("welcome to the Acme Corp…"), in its fullest spelling. */
export function companyFromOpening(text: string, turns: RawTurn[]): string | null {
  let best: string | null = null;
  for (const t of turns.slice(0, 2)) {
    const found = companyFromGreeting(t.text ?? text.slice(t.start, Math.min(t.end, t.start + 1500)));
    if (found && (best === null || (found.length > best.length && sameOrganization(found, best)))) best = found;
  }
  return best === null ? null : withOwnApostrophe(best, text);
}

/**
 * "Aaron's" is read as the possessive of "Aaron" in a greeting ("welcome to Aaron's first
 * quarter…"); when the text never writes the name without `'s`, the `'s` is part of the name.
 */
export function withOwnApostrophe(name: string, text: string): string {
  if (/['’]s$/.test(name)) return name;
  let possessive = 0;
  let form = "'s";
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const after = text.slice(at + name.length, at + name.length + 3);
    if (/^['’]s(?![\p{L}\p{N}])/u.test(after)) {
      possessive++;
      form = after.slice(0, 2);
    } else if (!/^[\p{L}\p{N}]/u.test(after)) return name;
  }
  return possessive >= 3 ? name + form : name;
}

/**
 * The company's fullest spelling among the call's own statement, the greetings and its executives' headers:
 * "Larkspur Networks, Inc." over "Larkspur Networks Inc" or "Larkspur Networks".
 */
export function fullestSpelling(input: { company: string | null; people: Person[]; greeted?: string | null; text?: string }): string | null {
  const { company, people, greeted = null, text = "" } = input;
  if (company === null) return null;
  let best = greeted !== null && greeted.length > company.length && sameOrganization(greeted, company) && fullerForm({ short: company, long: greeted, text }) ? greeted : company;
  for (const p of people) {
    const org = p.organization;
    if (org && p.role !== "analyst" && org.length > best.length && sameOrganization(org, company)) best = org;
  }
  return best;
}

const LEGAL_FORM = /^(?:,?\s*(?:Inc|Incorporated|Corp|Corporation|Co|Company|Companies|Ltd|Limited|LLC|plc|Group|Holdings?|N\.V|S\.A|AG|SE)\.?)+$/i;

/**
 * A greeting's longer spelling replaces the stated name only when it adds a legal form to a name
 * that has none ("Hexcel" → "Hexcel Corporation"), or when the text writes it that way again.
 */
function fullerForm(input: { short: string; long: string; text: string }): boolean {
  const { short, long, text } = input;
  if (!long.startsWith(short)) return false;
  if (LEGAL_FORM.test(long.slice(short.length)) && !LEGAL_FORM.test(short.split(/\s+/).at(-1) ?? "")) return true;
  const first = text.indexOf(long);
  return first !== -1 && text.indexOf(long, first + long.length) !== -1;
}

/**
 * Roles the layout did not state, strongest evidence first:
 *   1. title and organization ("Analyst", "…, Research Division", the company itself);
 *   2. speaking in the presentation → executive;
 *   3. named in a Q&A turn of the operator or of a moderator ("…comes from Peter Winter with…"),
 *      or first speaking right after the operator or a moderator's turn in the Q&A → analyst;
 *   4. named in the presentation ("joining us for the Q&A will be Jacob Thaysen…") → executive;
 *   5. first speaking in the Q&A not in reply to an analyst, with questions in most turns → analyst;
 *   6. speaking mostly right after analysts (answering them) → executive.
 * Whoever is still open stays `other`. Analysts without a firm get the one the operator names.
 */
export function assignRoles(input: { people: Person[]; company: string | null; turns: RawTurn[]; speakerOf: (Person | null)[]; text: string }): void {
  const { people, company, turns, speakerOf, text } = input;
  const textOf = (t: RawTurn) => t.text ?? text.slice(t.start, Math.min(t.end, t.start + 3000));
  for (const p of people) {
    if (p.role === null) p.role = roleFromTitle({ title: p.title, organization: p.organization, company });
  }
  const moderates = (i: number) => speakerOf[i]?.role === "operator" || (turns[i]!.section === "qa" && isModeratorTurn(textOf(turns[i]!)));
  const introductions = turns.flatMap((t, i) => (t.section === "qa" && moderates(i) ? [textOf(t)] : []));
  const introducedIn = (p: Person) => introductions.find((intro) => mentionsByName(intro, p.name));
  const seen = new Set<Person>();
  turns.forEach((t, i) => {
    const p = speakerOf[i];
    if (!p || seen.has(p)) return;
    seen.add(p);
    if (p.role !== null) return;
    if (t.section === "presentation") p.role = "executive";
    else if (t.section === "qa" && (speakerOf[i - 1]?.role === "operator" || (!isUnidentifiedLabel(p.name) && introducedIn(p)))) p.role = "analyst";
    else if (t.section === "qa" && i > 0 && speakerOf[i - 1] !== p && moderates(i - 1) && speakerOf[i - 1]?.role !== "analyst") p.role = "analyst";
  });
  const presentation = turns.flatMap((t) => (t.section === "presentation" ? [textOf(t)] : []));
  for (const p of people) {
    if (p.role === null && !isUnidentifiedLabel(p.name) && presentation.some((intro) => mentionsByName(intro, p.name))) p.role = "executive";
  }
  markQuestioners({ turns, speakerOf, textOf });
  for (const p of people) {
    if (p.role !== null) continue;
    let answers = 0;
    let spoken = 0;
    speakerOf.forEach((q, i) => {
      if (q !== p) return;
      spoken++;
      if (speakerOf[i - 1]?.role === "analyst") answers++;
    });
    if (spoken > 0 && answers * 2 >= spoken) p.role = "executive";
  }
  for (const p of people) {
    if (p.role === "analyst" && p.organization === null && !isUnidentifiedLabel(p.name)) {
      const intro = introducedIn(p);
      if (intro) p.organization = firmFromIntroduction({ intro, analyst: p.name });
    }
    if (p.role === "executive" && p.organization === null && company) p.organization = company;
    if (p.role === "executive" && p.organization && company && sameOrganization(p.organization, company)) p.organization = company;
  }
}

/** Whether `text` names the person: first and last name together ("Peter Winter", "Peter L. Winter"). */
function mentionsByName(text: string, name: string): boolean {
  const tokens = nameTokens(name);
  if (tokens.length < 2) return false;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(last); at !== -1; at = lower.indexOf(last, at + 1)) {
    const before = lower.slice(Math.max(0, at - 30), at);
    if (before.includes(first) || before.split(/\s+/).some((w) => w.length > 1 && sameFirst(w, first))) return true;
  }
  return false;
}

function sameFirst(a: string, b: string): boolean {
  const m = matchNames(`${a} x`, `${b} x`);
  return m === "exact" || m === "nickname";
}


/** Q&A speakers still without a role who come in not in reply to an analyst and mostly ask. */
function markQuestioners(input: { turns: RawTurn[]; speakerOf: (Person | null)[]; textOf: (t: RawTurn) => string }): void {
  const { turns, speakerOf, textOf } = input;
  const asked = new Map<Person, { asks: number; spoken: number }>();
  turns.forEach((t, i) => {
    const p = speakerOf[i];
    if (!p || p.role !== null) return;
    const counts = asked.get(p) ?? { asks: 0, spoken: 0 };
    counts.spoken++;
    if (textOf(t).includes("?")) counts.asks++;
    asked.set(p, counts);
  });
  const seen = new Set<Person>();
  turns.forEach((t, i) => {
    const p = speakerOf[i];
    if (!p || seen.has(p)) return;
    seen.add(p);
    if (p.role !== null || t.section !== "qa" || speakerOf[i - 1]?.role === "analyst" || isUnidentifiedLabel(p.name)) return;
    const counts = asked.get(p);
    if (counts && counts.asks > 0 && counts.asks * 2 >= counts.spoken) p.role = "analyst";
  });
}
