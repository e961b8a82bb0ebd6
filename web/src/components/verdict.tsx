import type { OutcomeData } from "../queries";

const POSITION_TEXT = { ABOVE: "above the range", WITHIN: "within the range", BELOW: "below the range" } as const;

/** A verdict badge: BEAT green, MET blue, MISSED red; where higher is not clearly better, the position. */
export function Verdict({ verdict, position }: { verdict: OutcomeData["verdict"]; position: OutcomeData["position"] }) {
  if (verdict !== null) {
    return (
      <span class={`verdict verdict-${verdict.toLowerCase()}`} title={position === null ? undefined : `The actual landed ${POSITION_TEXT[position]}`}>
        {verdict}
      </span>
    );
  }
  if (position !== null) return <span class="verdict verdict-neutral">{POSITION_TEXT[position]}</span>;
  return <span class="verdict verdict-open">OPEN</span>;
}
