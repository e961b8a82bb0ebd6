import type { CallInfo, Diagnostic, Layout, Participant, Role, SourceInfo, Transcript, Turn } from "../model/transcript.js";
import { periodFromFileName, periodFromText, tickerFromFileName } from "./call-period.js";
import { firmFromIntroduction } from "./analyst-firm.js";
import { buildExchanges } from "./build-exchanges.js";
import { companyFromGreeting } from "./call-company.js";
import type { LayoutReading, ListedParticipant, RawTurn } from "./layout-reading.js";
import { cleanName, findPerson, isFullerName, nameKey } from "./person-names.js";
import { isOperatorLabel, isUnidentifiedLabel, roleFromTitle, sameOrganization } from "./participant-roles.js";
import { lineAt, splitLines } from "./source-lines.js";

interface Person {
  name: string;
  names: string[];
  role: Role | null;
  organization: string | null;
  title: string | null;
  aliases: Set<string>;
  turns: number;
  listed: boolean;
}

export interface AssembleInput {
  format: Layout;
  text: string;
  source: SourceInfo;
  reading: LayoutReading;
}

/**
 * Turns a layout reading into the transcript model: one participant per person (list entries and
 * turn headers merged by `findPerson`), roles from lists, titles and Q&A behaviour, call metadata
 * from the layout, then the text, then the file name, and the Q&A exchanges.
 */
export function assembleTranscript(input: AssembleInput): Transcript {
  const { format, text, source, reading } = input;
  const diagnostics: Diagnostic[] = [...reading.diagnostics];
  const people: Person[] = [];
  for (const listed of reading.participants) addListed(people, listed);
  const byLabel = new Map<string, Person>();
  const speakerOf = reading.turns.map((raw) => {
    if (raw.label === null) return null;
    const known = byLabel.get(raw.label);
    if (known) {
      known.organization ??= raw.organization ?? null;
      known.title ??= raw.title ?? null;
      known.role ??= raw.role ?? null;
      return known;
    }
    const person = resolveSpeaker(people, raw);
    byLabel.set(raw.label, person);
    return person;
  });

  const stated = reading.call.company ?? inferCompany(people, reading.turns, speakerOf) ?? companyFromOpening(text, reading.turns);
  const company = fullestSpelling(stated, people);
  assignRoles({ people, company, turns: reading.turns, speakerOf, text });

  let lines: ReturnType<typeof splitLines> | null = null;
  const turns: Turn[] = reading.turns.map((raw, index) => {
    const person = speakerOf[index] ?? null;
    if (person) person.turns++;
    const body = raw.text ?? text.slice(raw.start, raw.end);
    const line = raw.line > 0 ? raw.line : lineAt((lines ??= splitLines(text)), raw.start);
    return { index, section: raw.section, speaker: person?.name ?? null, text: foldWhitespace(body), start: raw.start, end: raw.end, line };
  });

  for (const person of people) {
    if (person.listed && person.turns === 0 && person.role !== "operator") {
      diagnostics.push({ severity: "info", ruleId: "silent-participant", message: `${person.name} is listed as a participant but speaks no turn`, line: null });
    }
  }

  const participants: Participant[] = people.map((p) => ({
    name: p.name,
    role: p.role ?? "other",
    organization: p.organization,
    title: p.title,
    aliases: [...p.aliases].filter((a) => a !== p.name),
    turns: p.turns,
  }));
  const call = callInfo({ reading, text, file: source.name, company });
  const exchanges = buildExchanges({ turns, participants });
  return { format, source, text, call, participants, turns, exchanges, diagnostics };
}

function addListed(people: Person[], listed: ListedParticipant): void {
  const name = cleanName(listed.name);
  if (name === "") return;
  const existing = findPerson(name, people, (p) => p.names);
  if (existing) {
    existing.aliases.add(name);
    existing.organization ??= listed.organization;
    existing.title ??= listed.title;
    existing.role ??= listed.role;
    return;
  }
  people.push({
    name,
    names: [name],
    role: listed.role ?? (isOperatorLabel(name) ? "operator" : null),
    organization: listed.organization,
    title: listed.title,
    aliases: new Set([name]),
    turns: 0,
    listed: true,
  });
}

function resolveSpeaker(people: Person[], raw: RawTurn): Person {
  const label = cleanName(raw.label ?? "");
  if (isOperatorLabel(label)) {
    const op = people.find((p) => p.role === "operator" && isOperatorLabel(p.name));
    if (op) return op;
    const person: Person = { name: "Operator", names: ["Operator"], role: "operator", organization: null, title: null, aliases: new Set([label]), turns: 0, listed: false };
    people.push(person);
    return person;
  }
  // Unidentified speakers with different roles are different "people"; key on the full label.
  const candidates = isUnidentifiedLabel(label) ? people.filter((p) => nameKey(p.name) === nameKey(label)) : people;
  const found = findPerson(label, candidates, (p) => p.names);
  if (found) {
    if (!found.names.includes(label)) found.names.push(label);
    if (!found.listed && isFullerName(found.name, label)) found.name = label;
    found.aliases.add(label);
    found.organization ??= raw.organization ?? null;
    found.title ??= raw.title ?? null;
    found.role ??= raw.role ?? null;
    return found;
  }
  const person: Person = {
    name: label,
    names: [label],
    role: raw.role ?? unidentifiedRole(label),
    organization: raw.organization ?? null,
    title: raw.title ?? null,
    aliases: new Set([label]),
    turns: 0,
    listed: false,
  };
  people.push(person);
  return person;
}

/** The company an operator's greeting names in the first turns ("welcome to the Acme Corp…"). */
function companyFromOpening(text: string, turns: RawTurn[]): string | null {
  for (const t of turns.slice(0, 2)) {
    const found = companyFromGreeting(t.text ?? text.slice(t.start, Math.min(t.end, t.start + 1500)));
    if (found) return found;
  }
  return null;
}

/**
 * The company's fullest spelling among the call's own statement and its executives' headers:
 * "Larkspur Networks, Inc." over "Larkspur Networks Inc" or "Larkspur Networks".
 */
function fullestSpelling(company: string | null, people: Person[]): string | null {
  if (company === null) return null;
  let best = company;
  for (const p of people) {
    const org = p.organization;
    if (org && p.role !== "analyst" && org.length > best.length && sameOrganization(org, company)) best = org;
  }
  return best;
}

/** `Unidentified Analyst` asks; `Unidentified Company Representative` answers; others say nothing. */
function unidentifiedRole(label: string): Role | null {
  if (!isUnidentifiedLabel(label)) return null;
  if (/\banalyst\b/i.test(label)) return "analyst";
  if (/\b(?:company|corporate|executive|management)\b/i.test(label)) return "executive";
  return null;
}

/** The organization most presentation speakers (then executives) share: the company holding the call. */
function inferCompany(people: Person[], turns: RawTurn[], speakerOf: (Person | null)[]): string | null {
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

/**
 * Roles the layout did not state: from title and organization, then from behaviour: someone who
 * first speaks in the Q&A right after the operator is an analyst; someone who speaks in the
 * presentation is an executive.
 */
function assignRoles(input: { people: Person[]; company: string | null; turns: RawTurn[]; speakerOf: (Person | null)[]; text: string }): void {
  const { people, company, turns, speakerOf, text } = input;
  for (const p of people) {
    if (p.role === null) p.role = roleFromTitle({ title: p.title, organization: p.organization, company });
  }
  const seen = new Set<Person>();
  turns.forEach((t, i) => {
    const p = speakerOf[i];
    if (!p || seen.has(p)) return;
    seen.add(p);
    if (p.role !== null) return;
    const prev = i > 0 ? speakerOf[i - 1] : null;
    if (t.section === "qa" && prev?.role === "operator") p.role = "analyst";
    else if (t.section === "presentation") p.role = "executive";
  });
  const firstTurn = new Map<Person, number>();
  speakerOf.forEach((p, i) => {
    if (p && !firstTurn.has(p)) firstTurn.set(p, i);
  });
  for (const p of people) {
    const first = firstTurn.get(p);
    const prev = first !== undefined && first > 0 ? speakerOf[first - 1] : null;
    const intro = prev?.role === "operator" ? turns[first! - 1] : undefined;
    if (p.role === "analyst" && p.organization === null && intro && !isUnidentifiedLabel(p.name)) {
      p.organization = firmFromIntroduction({ intro: intro.text ?? text.slice(intro.start, intro.end), analyst: p.name });
    }
    if (p.role === "executive" && p.organization === null && company) p.organization = company;
    if (p.role === "executive" && p.organization && company && sameOrganization(p.organization, company)) p.organization = company;
  }
}

function callInfo(input: { reading: LayoutReading; text: string; file: string | null; company: string | null }): CallInfo {
  const { reading, text, file, company } = input;
  const stated = reading.call;
  const header = reading.headerText ?? text.slice(0, 3000);
  let fiscalYear = stated.fiscalYear ?? null;
  let fiscalQuarter = stated.fiscalQuarter ?? null;
  let periodSource: CallInfo["periodSource"] = fiscalYear !== null && fiscalQuarter !== null ? "text" : null;
  if (periodSource === null) {
    const fromText = periodFromText(header);
    const fromFile = fromText ? null : periodFromFileName(file);
    const p = fromText ?? fromFile;
    if (p) [fiscalYear, fiscalQuarter, periodSource] = [p.fiscalYear, p.fiscalQuarter, fromText ? "text" : "filename"];
  }
  return {
    company,
    ticker: stated.ticker ?? tickerFromFileName(file),
    fiscalYear,
    fiscalQuarter,
    date: stated.date ?? null,
    periodSource,
  };
}

const NEEDS_FOLDING = /[^\S ]| {2}/;

/** Runs of whitespace become one space; most speech needs no change, so test before replacing. */
export function foldWhitespace(s: string): string {
  return NEEDS_FOLDING.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
}
