import OpenAI, { APIUserAbortError } from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';
import type {
  FinishReason,
  ModerationInput,
  ModerationResult,
  ProviderRequest,
  ProviderResult,
  ProviderStreamEvent,
  TokenUsage,
} from 'src/ai/ai.types';
import type { ModelCatalogService } from 'src/ai/models/model-catalog.service';
import type { AiProvider } from 'src/ai/providers/ai-provider';
import { classifyOpenAiError } from 'src/ai/providers/openai/openai-errors';
import { buildChatParams } from 'src/ai/providers/openai/openai-request';
import { backoffDelayMs, type RetryPolicy, waitBeforeRetry } from 'src/ai/providers/openai/retry-policy';

export interface OpenAiProviderOptions {
  apiKey?: string;
  baseUrl?: string;
  moderationModel: string;
  retry: RetryPolicy;
  timeoutMs: number;
}

export interface Deadline {
  signal: AbortSignal;
  timedOut: boolean;
  timeoutMs: number;
  clear(): void;
}

// One timer for the whole call, body included: the SDK's own timeout stops at the response
// headers, which would let a stalled stream hang for ever.
export const startDeadline = (timeoutMs: number, outer?: AbortSignal): Deadline => {
  const controller = new AbortController();
  const deadline: Deadline = {
    signal: controller.signal,
    timedOut: false,
    timeoutMs,
    clear: () => clearTimeout(timer),
  };
  const timer = setTimeout(() => {
    deadline.timedOut = true;
    controller.abort();
  }, timeoutMs);
  if (outer?.aborted) {
    controller.abort();
  } else {
    outer?.addEventListener('abort', () => controller.abort(), { once: true });
  }
  return deadline;
};

const toUsage = (usage: CompletionUsage | null | undefined): TokenUsage | null =>
  usage
    ? {
        inputTokens: usage.prompt_tokens,
        outputTokens: usage.completion_tokens,
        cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
        reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
      }
    : null;

const toFinishReason = (reason: string | null | undefined): FinishReason =>
  reason === 'stop' || reason === 'length' || reason === 'content_filter' ? reason : 'other';

/** OpenAI, or any server that speaks its chat-completions API (OPENAI_BASE_URL). */
export class OpenAiProvider implements AiProvider {
  readonly name = 'openai' as const;
  readonly label = 'Coach';
  private readonly client: OpenAI;

  constructor(
    private readonly options: OpenAiProviderOptions,
    private readonly catalog: ModelCatalogService,
  ) {
    this.client = new OpenAI({
      // Local compatible servers often need no key, but the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      baseURL: options.baseUrl,
      // Retries are ours: the SDK would also retry 408/409 and could not tell a stream that
      // already delivered text from one that did not.
      maxRetries: 0,
      timeout: options.timeoutMs,
    });
  }

  async complete(request: ProviderRequest): Promise<ProviderResult> {
    const started = performance.now();
    const params = buildChatParams(request, this.catalog.capabilities(request.model));
    return this.withRetries(request, async (deadline, attempts) => {
      const completion = await this.client.chat.completions.create(
        { ...params, stream: false },
        { signal: deadline.signal, timeout: request.timeoutMs },
      );
      const choice = completion.choices[0];
      const latencyMs = Math.round(performance.now() - started);
      return {
        text: choice?.message.content ?? '',
        usage: toUsage(completion.usage),
        finishReason: toFinishReason(choice?.finish_reason),
        // Without streaming the first token arrives with the last.
        timing: { latencyMs, ttftMs: latencyMs },
        attempts,
        model: completion.model || request.model,
      };
    });
  }

  async *stream(request: ProviderRequest): AsyncGenerator<ProviderStreamEvent> {
    const started = performance.now();
    const params = buildChatParams(request, this.catalog.capabilities(request.model));
    const maxAttempts = this.options.retry.maxRetries + 1;
    for (let attempt = 1; ; attempt += 1) {
      const deadline = startDeadline(request.timeoutMs, request.signal);
      let delivered = false;
      try {
        const stream = await this.client.chat.completions.create(
          { ...params, stream: true, stream_options: { include_usage: true } },
          { signal: deadline.signal, timeout: request.timeoutMs },
        );
        let text = '';
        let ttftMs: number | null = null;
        let usage: TokenUsage | null = null;
        let finishReason: FinishReason | null = null;
        let model = request.model;
        for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
          model = chunk.model || model;
          usage = toUsage(chunk.usage) ?? usage;
          const choice = chunk.choices[0];
          if (choice?.finish_reason) {
            finishReason = toFinishReason(choice.finish_reason);
          }
          const delta = choice?.delta.content;
          if (delta) {
            ttftMs ??= Math.round(performance.now() - started);
            text += delta;
            delivered = true;
            yield { type: 'delta', text: delta };
          }
        }
        // The SDK ends the iteration quietly when the request is aborted, and a server that dies
        // mid-stream can look like a short answer: without a finish reason it is incomplete.
        if (deadline.signal.aborted || finishReason === null) {
          throw deadline.signal.aborted
            ? classifyOpenAiError(new APIUserAbortError(), deadline)
            : new AiException(AiErrorCode.NetworkError, 'The stream ended before the model finished.');
        }
        yield {
          type: 'done',
          result: {
            text,
            usage,
            finishReason,
            timing: { latencyMs: Math.round(performance.now() - started), ttftMs },
            attempts: attempt,
            model,
          },
        };
        return;
      } catch (error) {
        const failure = classifyOpenAiError(error, deadline);
        // Once text reached the caller a retry would repeat it; only a clean failure is honest.
        if (delivered || !failure.retryable || attempt >= maxAttempts) {
          failure.attempts = attempt;
          throw failure;
        }
        await waitBeforeRetry(
          backoffDelayMs(attempt, this.options.retry, failure.retryAfterSeconds),
          request.signal,
        );
      } finally {
        deadline.clear();
      }
    }
  }

  async moderate(input: ModerationInput, signal?: AbortSignal): Promise<ModerationResult> {
    // Images go as data URLs in one multi-modal input, which the omni moderation models judge
    // together with the text (one result).
    const body =
      typeof input === 'string'
        ? input
        : [
            ...(input.text ? [{ type: 'text' as const, text: input.text }] : []),
            ...input.images.map((image) => ({
              type: 'image_url' as const,
              image_url: { url: `data:${image.contentType};base64,${image.data.toString('base64')}` },
            })),
          ];
    return this.withRetries({ signal, timeoutMs: this.options.timeoutMs }, async (deadline) => {
      const response = await this.client.moderations.create(
        { model: this.options.moderationModel, input: body },
        { signal: deadline.signal },
      );
      const result = response.results[0];
      if (!result) {
        throw new AiException(AiErrorCode.BadRequest, 'The moderation endpoint returned no result.');
      }
      return {
        flagged: result.flagged,
        categories: { ...result.categories } as unknown as Record<string, boolean>,
        scores: { ...result.category_scores } as unknown as Record<string, number>,
        provider: this.name,
      };
    });
  }

  private async withRetries<T>(
    request: { signal?: AbortSignal; timeoutMs: number },
    call: (deadline: Deadline, attempt: number) => Promise<T>,
  ): Promise<T> {
    const maxAttempts = this.options.retry.maxRetries + 1;
    for (let attempt = 1; ; attempt += 1) {
      const deadline = startDeadline(request.timeoutMs, request.signal);
      try {
        return await call(deadline, attempt);
      } catch (error) {
        const failure = classifyOpenAiError(error, deadline);
        if (!failure.retryable || attempt >= maxAttempts) {
          failure.attempts = attempt;
          throw failure;
        }
        await waitBeforeRetry(
          backoffDelayMs(attempt, this.options.retry, failure.retryAfterSeconds),
          request.signal,
        );
      } finally {
        deadline.clear();
      }
    }
  }
}
