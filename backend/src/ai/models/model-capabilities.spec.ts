import {
  BUILT_IN_PRICES,
  costOf,
  resolveCapabilities,
  resolvePrice,
  UNKNOWN_MODEL_CAPABILITIES,
} from 'src/ai/models/model-capabilities';

describe('resolveCapabilities', () => {
  it('should match a dated snapshot to its family when the exact name is not listed', () => {
    expect(resolveCapabilities('gpt-4o-mini-2024-07-18')).toEqual(resolveCapabilities('gpt-4o-mini'));
    expect(resolveCapabilities('o4-mini-2025-04-16').reasoning).toBe(true);
  });

  it('should use conservative defaults when the model is unknown', () => {
    expect(resolveCapabilities('llama3.1:8b')).toEqual(UNKNOWN_MODEL_CAPABILITIES);
  });

  it('should apply overrides when configured for a model', () => {
    const capabilities = resolveCapabilities('llama3.1:8b', {
      'llama3.1:8b': { contextWindow: 131_072, structuredOutputs: false },
    });
    expect(capabilities.contextWindow).toBe(131_072);
    expect(capabilities.structuredOutputs).toBe(false);
    expect(capabilities.maxTokensParam).toBe('max_tokens');
  });

  it('should forbid temperature and allow reasoning effort when the model reasons', () => {
    expect(resolveCapabilities('gpt-5-mini')).toMatchObject({ reasoning: true, temperature: false });
    expect(resolveCapabilities('gpt-4.1-mini')).toMatchObject({ reasoning: false, temperature: true });
  });
});

describe('costOf', () => {
  it('should bill cached input at the cached rate when the price has one', () => {
    const price = resolvePrice('gpt-4.1-mini', BUILT_IN_PRICES);
    // 1000 uncached × 0.4 + 1000 cached × 0.1 + 500 output × 1.6, per million.
    expect(costOf(price, { inputTokens: 2_000, cachedTokens: 1_000, outputTokens: 500 })).toBeCloseTo(
      0.0013,
      10,
    );
  });

  it('should be null when the model has no price', () => {
    expect(
      costOf(resolvePrice('mystery-model', BUILT_IN_PRICES), {
        inputTokens: 1,
        cachedTokens: 0,
        outputTokens: 1,
      }),
    ).toBeNull();
  });
});
