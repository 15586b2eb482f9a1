import type { ProviderRequest } from 'src/ai/ai.types';
import { DemoProvider } from 'src/demo-coach/demo.provider';
import { parseStructuredOutput } from 'src/ai/schema/json-schema';
import { coachReplyFormat } from 'src/prompts/assembly/response-schema';
import { sampleContext } from 'src/prompts/context/sample-context';
import { PHASE_PROMPTS } from 'src/prompts/seed/phase.prompts';

const coachRequest = (): ProviderRequest => ({
  purpose: 'coach_turn',
  model: 'demo-coach',
  messages: [{ role: 'system', content: 'You are a coach.' }],
  responseFormat: coachReplyFormat(
    PHASE_PROMPTS.identity_brainstorming.allowedActions,
    'identity_brainstorming',
  ),
  maxOutputTokens: 1000,
  context: sampleContext('identity_brainstorming'),
  timeoutMs: 1000,
});

describe('DemoProvider', () => {
  const provider = new DemoProvider({ chunkDelayMs: 0 });

  it('should stream deltas that add up to a valid reply when asked for a coach turn', async () => {
    const request = coachRequest();
    let streamed = '';
    let done: string | undefined;
    for await (const event of provider.stream(request)) {
      if (event.type === 'delta') {
        streamed += event.text;
      } else {
        done = event.result.text;
        expect(event.result.usage?.outputTokens).toBeGreaterThan(0);
        expect(event.result.timing.ttftMs).not.toBeNull();
      }
    }
    expect(streamed).toBe(done);
    const parsed = parseStructuredOutput(request.responseFormat!.schema, streamed);
    expect(parsed.ok).toBe(true);
    // Sample client asked about saving money: the demo records it in the focus category.
    expect(JSON.stringify(parsed.ok ? parsed.value : null)).toContain('keeper_of_money');
  });

  it('should answer identically when the request repeats', async () => {
    const [a, b] = await Promise.all([provider.complete(coachRequest()), provider.complete(coachRequest())]);
    expect(a.text).toBe(b.text);
  });

  it('should produce the smallest valid instance when the schema is not a coach reply', async () => {
    const result = await provider.complete({
      ...coachRequest(),
      responseFormat: {
        name: 'notes',
        schema: {
          type: 'object',
          properties: {
            operations: { type: 'array', items: { type: 'string' } },
            flagged: { type: 'boolean' },
          },
          required: ['operations', 'flagged'],
          additionalProperties: false,
        },
      },
    });
    expect(JSON.parse(result.text)).toEqual({ operations: [], flagged: false });
  });

  it('should flag crisis language when moderating offline', async () => {
    expect((await provider.moderate('I want to end my life')).flagged).toBe(true);
    expect((await provider.moderate('I love my job')).flagged).toBe(false);
  });
});
