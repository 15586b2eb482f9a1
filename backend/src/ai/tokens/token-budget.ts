import { AiErrorCode, AiException } from 'src/ai/ai.exception';
import type { ChatMessage } from 'src/ai/ai.types';
import type { TokenEncoding } from 'src/ai/models/model-capabilities';
import { countChatTokens, countMessageTokens, countTextTokens } from 'src/ai/tokens/token-counter';

export interface HistoryEntry {
  id?: string;
  role: 'user' | 'coach';
  content: string;
  /** One-line past-tense summaries of the actions and cards of this message. */
  summaries: string[];
}

export interface TrimReport {
  /** Older messages whose text was left out (their action summaries were kept when possible). */
  messages: number;
  messageIds: string[];
  /** Action summaries that had to go too, oldest first; zero unless the budget is very tight. */
  summaries: number;
}

export interface BudgetedPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  budgetTokens: number;
  trimmed: TrimReport;
}

export interface BudgetInput {
  /** System sections that always go in full, in order. */
  fixed: ChatMessage[];
  /** Conversation, oldest first; the last entry is always kept in full. */
  history: HistoryEntry[];
  /** Extra request tokens outside the messages, e.g. the response schema. */
  overheadTokens: number;
  /** Context window minus the output reserve. */
  budgetTokens: number;
  encoding: TokenEncoding;
}

const DIGEST_HEADER =
  'Earlier in this conversation (older messages are left out to save space; what was done is kept):';

/** How a history entry reaches the model: its text, then a system line with what it did. */
export const renderHistoryEntry = (entry: HistoryEntry): ChatMessage[] => {
  const messages: ChatMessage[] = [
    { role: entry.role === 'user' ? 'user' : 'assistant', content: entry.content },
  ];
  if (entry.summaries.length > 0) {
    messages.push({ role: 'system', content: `Applied with that message: ${entry.summaries.join(' ')}` });
  }
  return messages;
};

const digestOf = (lines: string[]): ChatMessage[] =>
  lines.length === 0
    ? []
    : [{ role: 'system', content: [DIGEST_HEADER, ...lines.map((line) => `- ${line}`)].join('\n') }];

const assemble = (input: BudgetInput, digestLines: string[], kept: HistoryEntry[]): ChatMessage[] => [
  ...input.fixed,
  ...digestOf(digestLines),
  ...kept.flatMap(renderHistoryEntry),
];

/**
 * Keep a request within the model's context budget: the fixed sections and the newest message
 * always go in full; older messages go in full while they fit, newest first; the ones that do
 * not fit are replaced by their one-line action summaries. Only if even those do not fit are
 * the oldest summaries dropped. A request whose fixed part and newest message alone exceed the
 * budget fails with `context_overflow` before anything is sent.
 */
export const fitToBudget = (input: BudgetInput): BudgetedPrompt => {
  const { encoding, history } = input;
  const count = (messages: ChatMessage[]): number =>
    countChatTokens(messages, encoding) + input.overheadTokens;

  const fullCost = history.map((entry) =>
    renderHistoryEntry(entry).reduce((sum, message) => sum + countMessageTokens(message, encoding), 0),
  );
  const summaryCost = history.map((entry) =>
    entry.summaries.reduce((sum, line) => sum + countTextTokens(`- ${line}\n`, encoding), 0),
  );
  const digestHeaderCost = countMessageTokens({ role: 'system', content: DIGEST_HEADER }, encoding);
  const base = count(input.fixed);

  // Choose the oldest index kept in full: walk from the newest, keeping while the estimate fits.
  let firstKept = history.length;
  let keptCost = 0;
  const summariesBefore = (index: number): number => summaryCost.slice(0, index).reduce((a, b) => a + b, 0);
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const nextKept = keptCost + (fullCost[index] ?? 0);
    const digest = index > 0 && summariesBefore(index) > 0 ? digestHeaderCost + summariesBefore(index) : 0;
    if (index < history.length - 1 && base + nextKept + digest > input.budgetTokens) {
      break;
    }
    keptCost = nextKept;
    firstKept = index;
  }

  // A chat request's count is the sum of its messages' counts (plus the fixed priming and the
  // overhead, both in `base`), so the joined request is priced from the parts already counted:
  // only the digest, whose lines join into one message, is counted as a whole. The fixed
  // sections and the kept messages are not tokenized a second time.
  let keptFrom = firstKept;
  let digestLines = history.slice(0, keptFrom).flatMap((entry) => entry.summaries);
  let droppedSummaries = 0;
  const keptCostFrom = (index: number): number => fullCost.slice(index).reduce((a, b) => a + b, 0);
  const totalOf = (lines: string[], from: number): number =>
    base +
    digestOf(lines).reduce((sum, message) => sum + countMessageTokens(message, encoding), 0) +
    keptCostFrom(from);

  let total = totalOf(digestLines, keptFrom);
  while (total > input.budgetTokens) {
    if (history.length - keptFrom > 1) {
      digestLines = [...digestLines, ...(history[keptFrom]?.summaries ?? [])];
      keptFrom += 1;
    } else if (digestLines.length > 0) {
      digestLines = digestLines.slice(1);
      droppedSummaries += 1;
    } else {
      throw new AiException(
        AiErrorCode.ContextOverflow,
        `The prompt needs ${total} tokens but the model's budget is ${input.budgetTokens}, even with the history trimmed.`,
      );
    }
    total = totalOf(digestLines, keptFrom);
  }
  const kept = history.slice(keptFrom);
  const trimmedEntries = history.slice(0, keptFrom);
  const messages = assemble(input, digestLines, kept);

  return {
    messages,
    promptTokens: total,
    budgetTokens: input.budgetTokens,
    trimmed: {
      messages: trimmedEntries.length,
      messageIds: trimmedEntries.flatMap((entry) => (entry.id ? [entry.id] : [])),
      summaries: droppedSummaries,
    },
  };
};
