import type { Role } from "../model/transcript.js";
import type { ListedParticipant, RawTurn } from "./layout-reading.js";
import { isOperatorLabel, isUnidentifiedLabel } from "./participant-roles.js";
import { cleanName, findPerson, isFullerName, nameKey } from "./person-names.js";

/** A participant while the transcript is assembled: every spelling seen, role still open. */
export interface Person {
  name: string;
  names: string[];
  role: Role | null;
  organization: string | null;
  title: string | null;
  aliases: Set<string>;
  turns: number;
  listed: boolean;
}

/**
 * One Person per human: list entries first, then each turn header resolved against them by
 * `findPerson` (case, punctuation, honorifics, middle initials, nicknames). A header that names no
 * one known becomes a new Person with what the header states.
 */
export class SpeakerRegistry {
  readonly people: Person[] = [];
  private readonly byLabel = new Map<string, Person>();

  addListed(listed: ListedParticipant): void {
    addListed(this.people, listed);
  }

  speakerOf(raw: RawTurn): Person | null {
    if (raw.label === null) return null;
    const known = this.byLabel.get(raw.label);
    if (known) {
      known.organization ??= raw.organization ?? null;
      known.title ??= raw.title ?? null;
      known.role ??= raw.role ?? null;
      return known;
    }
    const person = resolveSpeaker(this.people, raw);
    this.byLabel.set(raw.label, person);
    return person;
  }
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
    name: displayName(label),
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

/** `Unidentified Analyst` asks; `Unidentified Company Representative` answers; others say nothing. */
function unidentifiedRole(label: string): Role | null {
  if (!isUnidentifiedLabel(label)) return null;
  if (/\banalyst\b/i.test(label)) return "analyst";
  if (/\b(?:company|corporate|executive|management)\b/i.test(label)) return "executive";
  return null;
}


/**
 * Printed transcripts that set names in capitals ("MARK MASON") get a readable display name
 * ("Mark Mason"); the spelling as written stays among the aliases.
 */
function displayName(label: string): string {
  if (!/\p{Lu}{2}/u.test(label) || label !== label.toUpperCase() || label.split(/\s+/).length < 2) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
