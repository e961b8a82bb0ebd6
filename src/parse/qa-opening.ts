const QA_OPENING =
  /\b(?:(?:first|next|initial|opening) question|question(?:s)? (?:comes?|is) from|question-and-answer session|question and answer session|q&a session|open (?:up )?the (?:call|line|floor|lines) (?:up )?(?:for|to) questions|take (?:our|your) (?:first )?questions?|\(operator instructions\)|\[operator instructions\])/i;

/**
 * Whether an operator turn opens the Q&A ("Our first question comes from…", "we will now begin the
 * question-and-answer session"): how layouts without a Q&A heading find where the Q&A starts.
 */
export function isQaOpening(text: string): boolean {
  return QA_OPENING.test(text.slice(0, 2000));
}
