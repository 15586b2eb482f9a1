/**
 * The longest coach message stored, in characters. Every later prompt carries recent messages,
 * so one runaway reply would otherwise inflate every turn after it (documented in
 * docs/coaching-engine.md; the client's own messages have the same limit).
 */
export const COACH_MESSAGE_MAX_CHARS = 4_000;

// A sentence ends with . ! ? or … and maybe a closing quote or bracket, then space or the end.
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)/g;

export interface CappedMessage {
  text: string;
  /** The original length when the text was cut; null when it fit. */
  truncatedFrom: number | null;
}

/**
 * `text` as stored: whole when it fits, else cut after the last full sentence within the limit
 * (or, when the only sentence end is in the first half, at the last space, with an ellipsis).
 */
export const capCoachMessage = (text: string, max = COACH_MESSAGE_MAX_CHARS): CappedMessage => {
  if (text.length <= max) {
    return { text, truncatedFrom: null };
  }
  const window = text.slice(0, max);
  let cut = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    cut = match.index + match[0].length;
  }
  if (cut < max / 2) {
    const space = window.slice(0, max - 1).lastIndexOf(' ');
    const end = space > max / 2 ? space : max - 1;
    return { text: `${window.slice(0, end).trimEnd()}…`, truncatedFrom: text.length };
  }
  return { text: window.slice(0, cut).trimEnd(), truncatedFrom: text.length };
};
