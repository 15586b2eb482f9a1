import { AiException } from 'src/ai/ai.exception';
import { fitToBudget, type HistoryEntry } from 'src/ai/tokens/token-budget';
import { countChatTokens, countTextTokens } from 'src/ai/tokens/token-counter';

const history = (count: number): HistoryEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `m${index}`,
    role: index % 2 === 0 ? 'user' : 'coach',
    content: `Message number ${index}: ${'lorem ipsum dolor sit amet '.repeat(20)}`,
    summaries: index % 2 === 1 ? [`Created identity “Thing ${index}” in spiritual.`] : [],
  }));

const fixed = [{ role: 'system' as const, content: 'You are a coach.' }];

describe('countTextTokens', () => {
  it('should count with the real tokenizer when text has special-token lookalikes', () => {
    expect(countTextTokens('hello world', 'o200k_base')).toBe(2);
    expect(countTextTokens('say <|endoftext|> please', 'o200k_base')).toBeGreaterThan(3);
    expect(countTextTokens('hello world', 'cl100k_base')).toBe(2);
  });

  it('should give the same count for a text it remembers as for a text it counts afresh', () => {
    const text = `Remembered ${'once upon a time '.repeat(30)}`;
    const first = countTextTokens(text, 'o200k_base');
    expect(countTextTokens(text, 'o200k_base')).toBe(first);
    // The memo is per encoding: the other tokenizer's count is its own.
    expect(countTextTokens(text, 'cl100k_base')).toBe(countTextTokens(`${text}`, 'cl100k_base'));
    const long = 'x '.repeat(10_000);
    expect(countTextTokens(long, 'o200k_base')).toBe(countTextTokens(long, 'o200k_base'));
  });
});

describe('fitToBudget', () => {
  it('should keep everything when the history fits', () => {
    const result = fitToBudget({
      fixed,
      history: history(4),
      overheadTokens: 0,
      budgetTokens: 100_000,
      encoding: 'o200k_base',
    });
    expect(result.trimmed).toEqual({ messages: 0, messageIds: [], summaries: 0 });
    expect(result.messages.filter((message) => message.role !== 'system')).toHaveLength(4);
    expect(result.promptTokens).toBe(countChatTokens(result.messages, 'o200k_base'));
  });

  it('should drop the oldest messages but keep their action summaries when over budget', () => {
    const entries = history(20);
    const result = fitToBudget({
      fixed,
      history: entries,
      overheadTokens: 50,
      budgetTokens: 1_500,
      encoding: 'o200k_base',
    });
    expect(result.promptTokens).toBeLessThanOrEqual(1_500);
    expect(result.trimmed.messages).toBeGreaterThan(0);
    expect(result.trimmed.messageIds[0]).toBe('m0');
    expect(result.trimmed.summaries).toBe(0);
    const digest = result.messages[1]?.content ?? '';
    expect(digest).toContain('Earlier in this conversation');
    expect(digest).toContain('Created identity “Thing 1” in spiritual.');
    // The newest message is always there, in full, followed by what it did.
    const conversation = result.messages.filter((message) => message.role !== 'system');
    expect(conversation[conversation.length - 1]?.content).toBe(entries[19]?.content);
    expect(result.messages[result.messages.length - 1]?.content).toBe(
      'Applied with that message: Created identity “Thing 19” in spiritual.',
    );
  });

  it('should keep the kept messages contiguous and newest when trimming', () => {
    const entries = history(30);
    const result = fitToBudget({
      fixed,
      history: entries,
      overheadTokens: 0,
      budgetTokens: 2_000,
      encoding: 'o200k_base',
    });
    const kept = result.messages.filter((message) => message.role === 'user' || message.role === 'assistant');
    const firstKept = entries.length - kept.length;
    expect(kept.map((message) => message.content)).toEqual(
      entries.slice(firstKept).map((entry) => entry.content),
    );
    expect(result.trimmed.messages).toBe(firstKept);
  });

  it('should drop the oldest summaries only when even they do not fit', () => {
    const entries = history(200);
    const result = fitToBudget({
      fixed,
      history: entries,
      overheadTokens: 0,
      budgetTokens: 900,
      encoding: 'o200k_base',
    });
    expect(result.promptTokens).toBeLessThanOrEqual(900);
    expect(result.trimmed.summaries).toBeGreaterThan(0);
  });

  it('should report the exact count of the request it returns when it prices the parts', () => {
    // The total is summed from the per-message counts taken while fitting; it must equal a
    // fresh count of the joined request, which LlmService records instead of counting again.
    for (const [count, budgetTokens, overheadTokens] of [
      [4, 100_000, 0],
      [20, 1_500, 50],
      [200, 900, 0],
      [200, 2_000, 17],
    ] as const) {
      const result = fitToBudget({
        fixed,
        history: history(count),
        overheadTokens,
        budgetTokens,
        encoding: 'cl100k_base',
      });
      expect(result.promptTokens).toBe(countChatTokens(result.messages, 'cl100k_base') + overheadTokens);
    }
  });

  it('should fail with context_overflow when the fixed part and newest message cannot fit', () => {
    expect(() =>
      fitToBudget({
        fixed,
        history: history(1),
        overheadTokens: 0,
        budgetTokens: 50,
        encoding: 'o200k_base',
      }),
    ).toThrow(AiException);
  });
});
