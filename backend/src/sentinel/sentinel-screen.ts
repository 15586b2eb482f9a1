import { classifyMessage } from 'src/safety/classifier/safety-classifier';

/** The ledger reason of a note operation refused because its text records crisis content. */
export const CRISIS_NOTE_REASON = 'crisis content';

/**
 * A note speaks about the client in the third person without a subject ("Has thought about
 * killing themselves."), which the classifier discounts as someone else's words. Read back as
 * the client's own words, the same note is what the screen would have flagged.
 */
export const asClientWords = (note: string): string =>
  `I ${note
    .replace(/\bthemselves\b/gi, 'myself')
    .replace(/\btheirs\b/gi, 'mine')
    .replace(/\btheir\b/gi, 'my')
    .replace(/\bthem\b/gi, 'me')
    .replace(/\bthey\b/gi, 'I')}`;

/**
 * Whether a proposed note records self-harm or crisis content, by the safety screen's offline
 * classifier on the note as written and as the client's own words: long-term memory must not
 * carry a crisis into every later prompt.
 */
export const isCrisisNote = (text: string): boolean =>
  classifyMessage(text).verdict === 'flag' || classifyMessage(asClientWords(text)).verdict === 'flag';

/** Whether a client message is one the safety screen's classifier flags on its own words. */
export const isCrisisMessage = (text: string, previousOwn: readonly string[]): boolean =>
  classifyMessage(text, previousOwn.slice(-1)).verdict === 'flag';
