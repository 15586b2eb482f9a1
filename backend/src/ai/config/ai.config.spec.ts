import { buildAiConfig } from 'src/ai/config/ai.config';
import { ConfigValidationError, validateEnvironment } from 'src/config/env.validation';

describe('buildAiConfig', () => {
  it('should default to the offline demo provider when there is no API key', () => {
    const config = buildAiConfig({});
    expect(config).toMatchObject({
      provider: 'demo',
      coachModel: 'demo-coach',
      timeoutMs: 600_000,
      cacheEnabled: true,
    });
  });

  it('should pick openai with the configured models when a key is set', () => {
    const config = buildAiConfig({ OPENAI_API_KEY: 'sk-test', COACH_MODEL: 'gpt-4o', AI_MAX_RETRIES: '5' });
    expect(config).toMatchObject({
      provider: 'openai',
      coachModel: 'gpt-4o',
      sentinelModel: 'gpt-4.1-nano',
      maxRetries: 5,
    });
  });

  it('should merge AI_PRICES over the built-in table when given', () => {
    const config = buildAiConfig({ AI_PRICES: '{"llama3":{"input":0.01,"output":0.02}}' });
    expect(config.prices.llama3).toEqual({ input: 0.01, output: 0.02, cachedInput: undefined });
    expect(config.prices['gpt-4o']).toBeDefined();
  });

  it.each([
    [{ AI_PRICES: '{"m":{"input":"cheap"}}' }, 'AI_PRICES'],
    [{ AI_PRICES: 'nope' }, 'AI_PRICES'],
    [{ AI_MODEL_CAPABILITIES: '{"m":{"contextWindow":-1}}' }, 'AI_MODEL_CAPABILITIES'],
    [{ AI_PROVIDER: 'openai' }, 'OPENAI_API_KEY'],
    [{ AI_TIMEOUT_MS: '5' }, 'AI_TIMEOUT_MS'],
    [{ AI_PROVIDER: 'anthropic' }, 'AI_PROVIDER'],
  ])('should name the variable when %j is invalid', (env, variable) => {
    let caught: unknown;
    try {
      buildAiConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    expect((caught as ConfigValidationError).variable).toBe(variable);
  });

  it('should accept openai without a key when a base URL points at a compatible server', () => {
    expect(() =>
      validateEnvironment({ AI_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }),
    ).not.toThrow();
  });

  it('should default sampling per purpose and let AI_SAMPLING replace a purpose’s settings', () => {
    expect(buildAiConfig({}).sampling.coach_turn).toEqual({ temperature: 0.7 });
    const config = buildAiConfig({ AI_SAMPLING: '{"coach_turn":{"temperature":0.4,"topP":0.9}}' });
    expect(config.sampling.coach_turn).toEqual({ temperature: 0.4, topP: 0.9 });
    expect(config.sampling.sentinel).toEqual({ temperature: 0.2 });
  });

  it('should refuse AI_SAMPLING with an unknown purpose, setting or an out-of-range value', () => {
    for (const raw of [
      '{"chit_chat":{"temperature":1}}',
      '{"coach_turn":{"seed":1}}',
      '{"coach_turn":{"temperature":3}}',
      '{"coach_turn":{"topP":"high"}}',
      '[]',
    ]) {
      expect(() => buildAiConfig({ AI_SAMPLING: raw }), raw).toThrow(ConfigValidationError);
    }
  });
});
