import { BoundedMemo } from 'src/common/memo/bounded-memo';
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

/** How many message verdicts one process remembers (a uuid and a flag each: well under 2 MB). */
export const REMEMBERED_VERDICTS = 10_000;

/**
 * The classifier's verdict on each client message the sentinel has read, by message id. Every
 * sentinel run reads the client's last few messages again, but a stored message never changes,
 * so each is classified once: when it is first read, with the client's message before it as
 * context (as the newest message of a run, normally). That first verdict stands for later runs
 * too, which keeps a message flagged with its context flagged after the context has left the
 * window. In-process and bounded (the oldest verdict is forgotten first); another process, or
 * this one after a restart, classifies the message again as the code before this memo did.
 */
export class CrisisVerdicts {
  private readonly flags: BoundedMemo<string, boolean>;

  constructor(limit = REMEMBERED_VERDICTS) {
    this.flags = new BoundedMemo(limit);
  }

  isCrisis(messageId: string | undefined, text: string, previousOwn: readonly string[]): boolean {
    return messageId
      ? this.flags.get(messageId, () => isCrisisMessage(text, previousOwn))
      : isCrisisMessage(text, previousOwn);
  }

  get size(): number {
    return this.flags.size;
  }
}
