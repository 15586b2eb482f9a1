import type { Span } from '@opentelemetry/api';
import type { ModerationResult, ProviderRequest, ProviderResult, ProviderStreamEvent } from 'src/ai/ai.types';
import type { AiProvider } from 'src/ai/providers/ai-provider';
import { inSpan, markFailed, SpanKind, tracer, tracingEnabled } from 'src/observability/tracing';

// One client span per provider call (retries of the transport included), named and labelled
// after the OpenTelemetry GenAI conventions. Model, purpose, token counts, finish reason and
// timings only: prompts and replies never become attributes.

const requestAttributes = (provider: AiProvider, request: ProviderRequest, streaming: boolean) => ({
  'gen_ai.operation.name': 'chat',
  'gen_ai.provider.name': provider.name,
  'gen_ai.request.model': request.model,
  'gen_ai.request.max_tokens': request.maxOutputTokens,
  ...(request.temperature === undefined ? {} : { 'gen_ai.request.temperature': request.temperature }),
  'devcoach.llm.purpose': request.purpose,
  'devcoach.llm.stream': streaming,
  'devcoach.llm.structured': Boolean(request.responseFormat),
});

const recordResult = (span: Span, result: ProviderResult): void => {
  span.setAttributes({
    'gen_ai.response.model': result.model,
    'gen_ai.response.finish_reasons': [result.finishReason],
    'devcoach.llm.attempts': result.attempts,
    'devcoach.llm.latency_ms': result.timing.latencyMs,
    ...(result.timing.ttftMs === null ? {} : { 'devcoach.llm.ttft_ms': result.timing.ttftMs }),
    ...(result.usage
      ? {
          'gen_ai.usage.input_tokens': result.usage.inputTokens,
          'gen_ai.usage.output_tokens': result.usage.outputTokens,
        }
      : {}),
  });
};

class TracedAiProvider implements AiProvider {
  constructor(private readonly inner: AiProvider) {}

  get name(): AiProvider['name'] {
    return this.inner.name;
  }

  get label(): string {
    return this.inner.label;
  }

  complete(request: ProviderRequest): Promise<ProviderResult> {
    return inSpan(
      `chat ${request.model}`,
      { kind: SpanKind.CLIENT, attributes: requestAttributes(this.inner, request, false) },
      async (span) => {
        const result = await this.inner.complete(request);
        recordResult(span, result);
        return result;
      },
    );
  }

  // A generator cannot run inside startActiveSpan's callback, so this span is not made active:
  // it ends when the stream finishes, fails, or the consumer stops reading.
  async *stream(request: ProviderRequest): AsyncGenerator<ProviderStreamEvent> {
    const span = tracer().startSpan(`chat ${request.model}`, {
      kind: SpanKind.CLIENT,
      attributes: requestAttributes(this.inner, request, true),
    });
    try {
      for await (const event of this.inner.stream(request)) {
        if (event.type === 'done') {
          recordResult(span, event.result);
        }
        yield event;
      }
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  }

  moderate(input: string, signal?: AbortSignal): Promise<ModerationResult> {
    return inSpan(
      'moderation',
      {
        kind: SpanKind.CLIENT,
        attributes: { 'gen_ai.operation.name': 'moderation', 'gen_ai.provider.name': this.inner.name },
      },
      async (span) => {
        const result = await this.inner.moderate(input, signal);
        span.setAttribute('devcoach.moderation.flagged', result.flagged);
        return result;
      },
    );
  }
}

/** The provider, traced when tracing is on; the provider itself otherwise (zero cost). */
export const traceAiProvider = (provider: AiProvider): AiProvider =>
  tracingEnabled() ? new TracedAiProvider(provider) : provider;
