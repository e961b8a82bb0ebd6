const QA_OPENING =
  /\b(?:(?:first|next|initial|opening) question|question(?:s)? (?:comes?|is) from|question-and-answer session|question and answer session|q&a session|open (?:up )?the (?:call|line|floor|lines) (?:up )?(?:for|to) questions|take (?:our|your) (?:first )?questions?|\(operator instructions\)|\[operator instructions\])/i;

/**
 * Whether an operator turn opens the Q&A ("Our first question comes from…", "we will now begin the
 * question-and-answer session"): how layouts without a Q&A heading find where the Q&A starts.
 */
export function isQaOpening(text: string): boolean {
  return QA_OPENING.test(text.slice(0, 2000));
}

/**
 * A short Q&A turn that hands the line to the next questioner ("Next question comes from…",
 * "We'll go to the line of Dana…"): how calls hosted without an operator introduce analysts.
 */
export function isModeratorTurn(text: string): boolean {
  if (text.length >= 400) return false;
  return /\b(?:next|first|last|final|following)\s+question\b|\bquestion\s+(?:comes|is)\s+from\b/i.test(text) || /\b(?:go|move)\s+to\s+the\s+line\s+of\b/i.test(text);
}
