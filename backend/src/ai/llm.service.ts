import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AiErrorCode, AiException } from 'src/ai/ai.exception';
import type {
  ChatMessage,
  ModerationInput,
  ModerationResult,
  ProviderRequest,
  ProviderResult,
  TokenUsage,
} from 'src/ai/ai.types';
import { ResponseCacheService } from 'src/ai/cache/response-cache.service';
import type { LlmRequest, LlmResult, LlmStreamEvent } from 'src/ai/llm.types';
import { ModelCatalogService } from 'src/ai/models/model-catalog.service';
import { costOf } from 'src/ai/models/model-capabilities';
import { AI_PROVIDER, type AiProvider } from 'src/ai/providers/ai-provider';
import { cleanJson, cleanText } from 'src/ai/schema/clean-text';
import { JsonFieldStream } from 'src/ai/schema/json-field-stream';
import { checkReply, repairMessages } from 'src/ai/schema/structured-reply';
import { countChatTokens, countTextTokens } from 'src/ai/tokens/token-counter';
import type { AllConfig } from 'src/config/config.types';
import { UsageService } from 'src/usage/usage.service';

const ZERO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, cachedTokens: 0, reasoningTokens: 0 };

/**
 * The one entry point for model calls: picks the model, guards the context budget, consults
 * the cache, calls the provider (which retries transport failures), validates structured
 * output and repairs it once, and writes an llm_calls row for every provider call.
 */
@Injectable()
export class LlmService {
  constructor(
    @Inject(AI_PROVIDER) private readonly provider: AiProvider,
    private readonly catalog: ModelCatalogService,
    private readonly cache: ResponseCacheService,
    private readonly usage: UsageService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  get providerName(): string {
    return this.provider.name;
  }

  /** How the UI should name the coach ("Demo coach (offline)" without a model). */
  get providerLabel(): string {
    return this.provider.label;
  }

  async complete(request: LlmRequest): Promise<LlmResult> {
    let result: LlmResult | null = null;
    for await (const event of this.run(request, false)) {
      if (event.type === 'done') {
        result = event.result;
      }
    }
    if (!result) {
      throw new AiException(AiErrorCode.Unknown, 'The call ended without a result.');
    }
    return result;
  }

  stream(request: LlmRequest): AsyncIterable<LlmStreamEvent> {
    return this.run(request, true);
  }

  /** Screens text (and images) with the provider's moderation endpoint (or the demo's offline check). */
  async moderate(
    input: ModerationInput,
    options: { userId?: string | null; signal?: AbortSignal } = {},
  ): Promise<ModerationResult> {
    const started = performance.now();
    const row = {
      userId: options.userId ?? null,
      purpose: 'moderation',
      provider: this.provider.name,
      model:
        this.provider.name === 'demo'
          ? 'demo-moderation'
          : this.config.get('ai.moderationModel', { infer: true }),
      promptVersionIds: [],
      stream: false,
      inputTokens: 0,
      outputTokens: 0,
      cachedTokens: 0,
      reasoningTokens: 0,
      promptTokensEstimate: null,
      trimmed: null,
      // Moderation is not billed per token.
      costUsd: 0,
      ttftMs: null,
    };
    try {
      const result = await this.provider.moderate(input, options.signal);
      await this.usage.recordCall({
        ...row,
        status: 'ok',
        errorCode: null,
        errorMessage: null,
        latencyMs: Math.round(performance.now() - started),
        attempts: 1,
      });
      return result;
    } catch (error) {
      const failure =
        error instanceof AiException
          ? error
          : new AiException(AiErrorCode.Unknown, 'Moderation failed unexpectedly.');
      await this.usage.recordCall({
        ...row,
        status: 'error',
        errorCode: failure.aiCode,
        errorMessage: failure.message,
        latencyMs: Math.round(performance.now() - started),
        attempts: failure.attempts,
      });
      throw failure;
    }
  }

  private prepare(request: LlmRequest): ProviderRequest {
    const model = request.model ?? this.catalog.modelFor(request.purpose);
    const capabilities = this.catalog.capabilities(model);
    const sampling = this.config.get('ai.sampling', { infer: true })[request.purpose];
    const maxOutputTokens = Math.min(
      request.maxOutputTokens ?? this.catalog.defaultMaxOutputTokens(model),
      capabilities.maxOutputTokens,
    );
    return {
      purpose: request.purpose,
      model,
      messages: request.messages,
      responseFormat: request.responseFormat,
      maxOutputTokens,
      // Cached answers are only honest for deterministic sampling.
      temperature: request.temperature ?? (request.cache ? 0 : sampling.temperature),
      topP: request.cache ? undefined : sampling.topP,
      reasoningEffort: request.reasoningEffort,
      context: request.context,
      signal: request.signal,
      timeoutMs: request.timeoutMs ?? this.config.get('ai.timeoutMs', { infer: true }),
    };
  }

  private countPrompt(request: ProviderRequest): number {
    const encoding = this.catalog.capabilities(request.model).encoding;
    const schemaTokens = request.responseFormat
      ? countTextTokens(JSON.stringify(request.responseFormat.schema), encoding)
      : 0;
    return countChatTokens(request.messages, encoding) + schemaTokens;
  }

  private async *run(request: LlmRequest, streaming: boolean): AsyncGenerator<LlmStreamEvent> {
    const prepared = this.prepare(request);
    // Prompt assembly already counted these very messages and schema while fitting them to the
    // budget: its figure is used as is, and only a request built without it is counted here.
    const promptTokens = request.budget?.promptTokens ?? this.countPrompt(prepared);
    const budget = this.catalog.capabilities(prepared.model).contextWindow - prepared.maxOutputTokens;
    const callIds: string[] = [];
    const record = async (
      fields: Pick<Parameters<UsageService['recordCall']>[0], 'status' | 'errorCode' | 'errorMessage'> & {
        result?: ProviderResult;
        usage?: TokenUsage;
        attempts?: number;
        latencyMs?: number | null;
      },
    ): Promise<void> => {
      const usage = fields.usage ?? ZERO_USAGE;
      const row = await this.usage.recordCall({
        userId: request.userId ?? null,
        purpose: request.purpose,
        provider: this.provider.name,
        model: fields.result?.model ?? prepared.model,
        promptVersionIds: request.promptVersionIds ?? [],
        stream: streaming,
        status: fields.status,
        errorCode: fields.errorCode,
        // A schema message quotes the model's values, which may hold NUL.
        errorMessage: fields.errorMessage === null ? null : cleanText(fields.errorMessage),
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        cachedTokens: usage.cachedTokens,
        reasoningTokens: usage.reasoningTokens,
        promptTokensEstimate: promptTokens,
        trimmed: request.budget?.trimmed ?? null,
        costUsd:
          fields.status === 'cache_hit'
            ? 0
            : costOf(this.catalog.price(fields.result?.model ?? prepared.model), usage),
        latencyMs: fields.result?.timing.latencyMs ?? fields.latencyMs ?? null,
        ttftMs: fields.result?.timing.ttftMs ?? null,
        attempts: fields.result?.attempts ?? fields.attempts ?? 1,
      });
      if (row) {
        callIds.push(row.id);
      }
    };

    if (promptTokens > budget) {
      const failure = new AiException(
        AiErrorCode.ContextOverflow,
        `The request needs ${promptTokens} prompt tokens; ${prepared.model} allows ${budget} with room for the reply.`,
      );
      await record({
        status: 'error',
        errorCode: failure.aiCode,
        errorMessage: failure.message,
        attempts: 0,
      });
      throw failure;
    }

    const cacheKey = request.cache && this.cache.enabled ? this.cache.keyFor(prepared) : null;
    if (cacheKey) {
      const hit = await this.cache.get(cacheKey);
      const checked = hit ? checkReply(prepared.responseFormat, hit.text, hit.finishReason) : null;
      if (hit && checked?.ok) {
        await record({ status: 'cache_hit', errorCode: null, errorMessage: null, latencyMs: 0, attempts: 0 });
        const messageStream = new JsonFieldStream('message');
        yield { type: 'delta', text: hit.text };
        if (prepared.responseFormat) {
          yield { type: 'message', text: cleanText(messageStream.push(hit.text)) };
        }
        yield {
          type: 'done',
          result: {
            text: cleanText(hit.text),
            json: cleanJson(checked.json),
            usage: ZERO_USAGE,
            timing: { latencyMs: 0, ttftMs: 0 },
            model: prepared.model,
            provider: this.provider.name,
            cached: true,
            repaired: false,
            callIds,
          },
        };
        return;
      }
    }

    let messages = prepared.messages;
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const started = performance.now();
      let result: ProviderResult;
      let settled = false;
      try {
        result = yield* this.callProvider(
          { ...prepared, messages },
          streaming,
          Boolean(prepared.responseFormat),
        );
        settled = true;
      } catch (error) {
        settled = true;
        const failure =
          error instanceof AiException
            ? error
            : new AiException(AiErrorCode.Unknown, 'The provider failed in an unexpected way.');
        await record({
          status: 'error',
          errorCode: failure.aiCode,
          errorMessage: failure.message,
          attempts: failure.attempts,
          latencyMs: Math.round(performance.now() - started),
        });
        throw failure;
      } finally {
        // The consumer stopped reading mid-stream (client went away): the call still happened.
        if (!settled) {
          await record({
            status: 'error',
            errorCode: AiErrorCode.Aborted,
            errorMessage: 'The caller stopped reading the stream.',
            latencyMs: Math.round(performance.now() - started),
          });
        }
      }
      const usage = result.usage ?? this.estimateUsage(prepared, messages, result.text);
      const checked = checkReply(prepared.responseFormat, result.text, result.finishReason);
      if (checked.ok) {
        await record({ status: 'ok', errorCode: null, errorMessage: null, result, usage });
        if (cacheKey) {
          await this.cache.put(cacheKey, prepared.model, {
            text: cleanText(result.text),
            finishReason: result.finishReason,
            usage,
          });
        }
        yield {
          type: 'done',
          result: {
            text: cleanText(result.text),
            json: cleanJson(checked.json),
            usage,
            timing: result.timing,
            model: result.model,
            provider: this.provider.name,
            cached: false,
            repaired: attempt > 1,
            callIds,
          },
        };
        return;
      }
      await record({
        status: 'error',
        errorCode: checked.code,
        errorMessage: checked.message,
        result,
        usage,
      });
      if (attempt === 2 || checked.code === AiErrorCode.ContentFilter) {
        throw new AiException(checked.code, checked.message);
      }
      yield { type: 'restart', reason: checked.message };
      messages = [...prepared.messages, ...repairMessages(result.text, checked.message)];
    }
  }

  private async *callProvider(
    request: ProviderRequest,
    streaming: boolean,
    structured: boolean,
  ): AsyncGenerator<LlmStreamEvent, ProviderResult> {
    if (!streaming) {
      return this.provider.complete(request);
    }
    const messageStream = new JsonFieldStream('message');
    for await (const event of this.provider.stream(request)) {
      if (event.type === 'done') {
        return event.result;
      }
      yield { type: 'delta', text: event.text };
      const message = structured ? messageStream.push(event.text) : '';
      if (message) {
        yield { type: 'message', text: cleanText(message) };
      }
    }
    throw new AiException(AiErrorCode.NetworkError, 'The stream ended without a final event.');
  }

  // Some compatible servers report no usage; our own count keeps cost accounting close.
  private estimateUsage(request: ProviderRequest, messages: ChatMessage[], text: string): TokenUsage {
    const encoding = this.catalog.capabilities(request.model).encoding;
    return {
      inputTokens: countChatTokens(messages, encoding),
      outputTokens: countTextTokens(text, encoding),
      cachedTokens: 0,
      reasoningTokens: 0,
    };
  }
}
