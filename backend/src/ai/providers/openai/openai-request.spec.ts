import type { ProviderRequest } from 'src/ai/ai.types';
import { resolveCapabilities } from 'src/ai/models/model-capabilities';
import { buildChatParams } from 'src/ai/providers/openai/openai-request';
import { backoffDelayMs } from 'src/ai/providers/openai/retry-policy';

const request = (model: string): ProviderRequest => ({
  purpose: 'coach_turn',
  model,
  messages: [{ role: 'user', content: 'Hi' }],
  responseFormat: {
    name: 'coach_reply',
    schema: {
      type: 'object',
      properties: { message: { type: 'string' } },
      required: ['message'],
      additionalProperties: false,
    },
  },
  maxOutputTokens: 1_000,
  temperature: 0.3,
  topP: 0.9,
  timeoutMs: 1_000,
});

describe('buildChatParams', () => {
  it('should send a strict JSON schema, temperature and max_completion_tokens when the model supports them', () => {
    const params = buildChatParams(request('gpt-4.1-mini'), resolveCapabilities('gpt-4.1-mini'));
    expect(params.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'coach_reply', strict: true },
    });
    expect(params.temperature).toBe(0.3);
    expect(params.top_p).toBe(0.9);
    expect(params.max_completion_tokens).toBe(1_000);
    expect(params).not.toHaveProperty('reasoning_effort');
  });

  it('should send reasoning effort and no temperature when the model reasons', () => {
    const params = buildChatParams(request('gpt-5-mini'), resolveCapabilities('gpt-5-mini'));
    expect(params.reasoning_effort).toBe('minimal');
    expect(params).not.toHaveProperty('temperature');
    expect(params).not.toHaveProperty('top_p');
  });

  it('should fall back to JSON mode with the schema in the prompt when structured outputs are missing', () => {
    const params = buildChatParams(request('gpt-3.5-turbo'), resolveCapabilities('gpt-3.5-turbo'));
    expect(params.response_format).toEqual({ type: 'json_object' });
    expect(params.max_tokens).toBe(1_000);
    const last = params.messages[params.messages.length - 1];
    expect(last).toMatchObject({ role: 'system' });
    expect(JSON.stringify(last)).toContain('JSON schema');
  });
});

describe('backoffDelayMs', () => {
  const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('should grow exponentially with jitter when retries repeat', () => {
    expect(backoffDelayMs(1, policy, undefined, () => 0)).toBe(100);
    expect(backoffDelayMs(2, policy, undefined, () => 0)).toBe(200);
    expect(backoffDelayMs(3, policy, undefined, () => 1)).toBe(600);
  });

  it('should honour Retry-After up to the cap when the provider asks for longer', () => {
    expect(backoffDelayMs(1, policy, 0.5, () => 0)).toBe(500);
    expect(backoffDelayMs(1, policy, 60, () => 0)).toBe(1_000);
  });
});
