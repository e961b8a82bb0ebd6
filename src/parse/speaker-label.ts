/**
 * A speaker label as transcripts write it, tidied: `[Phonetic]`/`[ph]` tags, stray backticks,
 * trailing commas or colons and doubled spaces go; case, initials and nicknames stay.
 */
export function cleanSpeakerLabel(label: string): string {
  return label
    .replace(/\[[^\]]{0,40}\]/g, " ")
    .replace(/[`´]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,:;]+$/, "")
    .trim();
}
