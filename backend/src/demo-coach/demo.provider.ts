import { setTimeout as sleep } from 'node:timers/promises';
import { decodeGenerator, encode } from 'gpt-tokenizer/encoding/o200k_base';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';
import {
  type ModerationInput,
  type ModerationResult,
  moderationText,
  type ProviderRequest,
  type ProviderResult,
  type ProviderStreamEvent,
} from 'src/ai/ai.types';
import type { AiProvider } from 'src/ai/providers/ai-provider';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { planDemoReply } from 'src/demo-coach/demo-coach';
import { DEMO_LABEL } from 'src/demo-coach/demo-reply';
import { planDemoNotes } from 'src/demo-coach/demo-sentinel';
import { isCoachReplySchema, rulesFromSchema, sampleFromSchema } from 'src/demo-coach/demo-schema';
import { countChatTokens, countTextTokens } from 'src/ai/tokens/token-counter';

export interface DemoProviderOptions {
  /** Pause between streamed chunks, like a real model's pace; 0 in tests. */
  chunkDelayMs: number;
}

// The AI layer carries the request context opaquely; the prompt assembler always sends a
// PromptContext, so checking its two load-bearing fields is enough to tell one from nothing.
const asPromptContext = (context: unknown): PromptContext | null =>
  typeof context === 'object' &&
  context !== null &&
  'currentPhase' in context &&
  'recentMessages' in context &&
  Array.isArray(context.recentMessages)
    ? (context as PromptContext)
    : null;

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const TOKENS_PER_CHUNK = 2;

// A short offline classifier so the demo shows the safety flow; the safety module keeps its own
// fuller classifier as a backstop for every provider.
const CRISIS_PATTERNS = [
  /\bkill(ing)? myself\b/i,
  /\bsuicid/i,
  /\bend (it all|my life)\b/i,
  /\bself[- ]?harm/i,
  /\bhurt(ing)? myself\b/i,
  /\bwant to die\b/i,
  /\bno reason to live\b/i,
];

/**
 * Deterministic, offline: the same request always gets the same reply, streamed in real token
 * pieces. Coach turns are answered by the demo coach state machine, sentinel runs by a few
 * self-description patterns; any other JSON schema gets
 * its smallest valid instance; plain requests get a labelled sentence.
 */
export class DemoProvider implements AiProvider {
  readonly name = 'demo' as const;
  readonly label = DEMO_LABEL;

  constructor(private readonly options: DemoProviderOptions) {}

  async complete(request: ProviderRequest): Promise<ProviderResult> {
    let result: ProviderResult | null = null;
    for await (const event of this.run(request, 0)) {
      if (event.type === 'done') {
        result = event.result;
      }
    }
    if (!result) {
      throw new AiException(AiErrorCode.Unknown, 'The demo provider produced no result.');
    }
    return result;
  }

  stream(request: ProviderRequest): AsyncIterable<ProviderStreamEvent> {
    return this.run(request, this.options.chunkDelayMs);
  }

  /** Offline: the text only; an image cannot be judged without a model, so it passes. */
  moderate(input: ModerationInput): Promise<ModerationResult> {
    const text = moderationText(input);
    const hit = CRISIS_PATTERNS.some((pattern) => pattern.test(text));
    return Promise.resolve({
      flagged: hit,
      categories: { 'self-harm': hit, 'self-harm/intent': hit },
      scores: { 'self-harm': hit ? 0.9 : 0, 'self-harm/intent': hit ? 0.9 : 0 },
      provider: this.name,
    });
  }

  private reply(request: ProviderRequest): string {
    const schema = request.responseFormat?.schema;
    if (!schema) {
      return `${DEMO_LABEL}: this is a sample reply; connect a model to hear the real coach.`;
    }
    if (isCoachReplySchema(schema)) {
      const context = asPromptContext(request.context);
      const plan = context
        ? planDemoReply(context, rulesFromSchema(schema))
        : { message: `${DEMO_LABEL}: I need a client context to coach.`, actions: [], safety_concern: '' };
      return JSON.stringify(plan);
    }
    // The sentinel's note operations, read from the context's latest client message.
    const context = asPromptContext(request.context);
    if (request.purpose === 'sentinel' && context) {
      return JSON.stringify(planDemoNotes(context));
    }
    return JSON.stringify(sampleFromSchema(schema, DEMO_LABEL));
  }

  private async *run(request: ProviderRequest, delayMs: number): AsyncGenerator<ProviderStreamEvent> {
    const started = performance.now();
    const text = this.reply(request);
    // Real token boundaries (decoded so multi-byte characters are never split), a few per chunk.
    const pieces = [...decodeGenerator(encode(text, PLAIN_TEXT))];
    let ttftMs: number | null = null;
    for (let index = 0; index < pieces.length; index += TOKENS_PER_CHUNK) {
      if (request.signal?.aborted) {
        throw new AiException(AiErrorCode.Aborted, 'The call was cancelled.');
      }
      if (delayMs > 0) {
        await sleep(delayMs);
      }
      ttftMs ??= Math.round(performance.now() - started);
      yield { type: 'delta', text: pieces.slice(index, index + TOKENS_PER_CHUNK).join('') };
    }
    yield {
      type: 'done',
      result: {
        text,
        usage: {
          inputTokens: countChatTokens(request.messages, 'o200k_base'),
          outputTokens: countTextTokens(text, 'o200k_base'),
          cachedTokens: 0,
          reasoningTokens: 0,
        },
        finishReason: 'stop',
        timing: { latencyMs: Math.round(performance.now() - started), ttftMs },
        attempts: 1,
        model: request.model,
      },
    };
  }
}
