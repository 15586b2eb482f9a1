import type { components } from '@dev-coach/api-client';
import { PHASES } from 'src/curriculum/phases';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { api, openCard, pressBody } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type Schemas = components['schemas'];

// What a client types in each phase; the demo coach reads these words.
const BRAINSTORM_WORDS = [
  'Painter',
  'Engineer',
  'Saver',
  'Meditator',
  'Well dressed',
  'Runner',
  'Father',
  'Partner',
  'Gardener',
];

const messageFor = (phase: string, step: number): string => {
  switch (phase) {
    case 'get_to_know_you':
      return 'I grew up by the sea with two sisters.';
    case 'identity_warm_up':
      return 'curious, kind, a runner';
    case 'identity_brainstorming':
      return BRAINSTORM_WORDS[step % BRAINSTORM_WORDS.length] ?? 'Traveller';
    case 'brainstorming_review':
    case 'anything_missing':
      return 'no';
    default:
      return 'yes';
  }
};

describe('coach turns with the demo coach', () => {
  let t: TestApp;
  let alice: AuthHeaders;

  beforeAll(async () => {
    t = await startTestApp('coach_turns_demo', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    alice = await bearerHeaders(t.app, await createUser(t.app, { firstName: 'Alice' }));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should walk a new client from introduction to visualization when they answer and press the cards', async () => {
    const phasesSeen: string[] = [];
    const identityCounts: Record<string, number> = {};
    let brainstormStep = 0;
    for (let step = 0; step < 200; step += 1) {
      const state = (await api(t.app, 'GET', '/coach/state', alice)).json<Schemas['CoachStateResponseDto']>();
      if (phasesSeen[phasesSeen.length - 1] !== state.currentPhase) {
        phasesSeen.push(state.currentPhase);
        const identities = (await api(t.app, 'GET', '/identities', alice)).json<
          Schemas['IdentityResponseDto'][]
        >();
        identityCounts[state.currentPhase] = identities.length;
      }
      if (state.currentPhase === 'identity_visualization') {
        break;
      }
      const card = await openCard(t.app, alice);
      const body = card
        ? pressBody(card)
        : {
            message: messageFor(
              state.currentPhase,
              state.currentPhase === 'identity_brainstorming' ? brainstormStep++ : step,
            ),
          };
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', alice, body);
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json<Schemas['TurnResultResponseDto']>();
      expect(result.turn.status, JSON.stringify(result.turn)).toBe('done');
      expect(result.actions.filter((action) => action.status === 'rejected')).toEqual([]);
    }

    expect(phasesSeen).toEqual([...PHASES]);
    // Nothing exists before brainstorming; one identity per category after it.
    expect(identityCounts.identity_warm_up).toBe(0);
    expect(identityCounts.brainstorming_review).toBe(BRAINSTORM_WORDS.length);
    const identities = (await api(t.app, 'GET', '/identities', alice)).json<
      Schemas['IdentityResponseDto'][]
    >();
    expect(identities.length).toBeGreaterThan(0);
    for (const identity of identities) {
      expect(identity.state).toBe('i_am_complete');
      expect(identity.iAmStatement).toMatch(/^I am /);
    }
  });
});
