import type { components } from '@dev-coach/api-client';
import type { Component } from 'src/curriculum/component.types';
import { PHASES } from 'src/curriculum/phases';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { api } from 'test/utils/coach-turns';
import { walkDemoCurriculum } from 'test/utils/demo-walk';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type Schemas = components['schemas'];
type Identity = Schemas['IdentityResponseDto'];

const CARD_KINDS: Component['kind'][] = [
  'intro_choices',
  'suggest_i_am',
  'i_am_summary',
  'propose_combine',
  'propose_nest',
  'propose_archive',
  'video',
  'break',
  'safety_resources',
];

// The whole curriculum with the offline demo coach through the real pipeline: typed answers and
// card presses only, as a client would. Reports turns per phase and the card kinds it met.
describe('coach turns with the demo coach', () => {
  let t: TestApp;
  let alice: AuthHeaders;

  beforeAll(async () => {
    t = await startTestApp('coach_turns_demo', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        USER_TURNS_PER_MINUTE: '0',
        USER_BUTTON_PRESSES_PER_MINUTE: '0',
      },
    });
    alice = await bearerHeaders(t.app, await createUser(t.app, { firstName: 'Alice' }));
  });

  afterAll(async () => {
    await t?.close();
  });

  const identities = async (): Promise<Identity[]> =>
    (await api(t.app, 'GET', '/identities', alice)).json<Identity[]>();

  it('should walk a new client through every phase, showing every card kind, with natural names and statements', async () => {
    const { turnsPerPhase, cardKinds, coachTexts, suggestions, results } = await walkDemoCurriculum(
      t.app,
      alice,
    );
    for (const result of results) {
      expect(result.turn.status, JSON.stringify(result.turn)).toBe('done');
      expect(result.actions.filter((action) => action.status === 'rejected')).toEqual([]);
    }

    process.stdout.write(
      `\nDemo walk: turns per phase ${JSON.stringify(turnsPerPhase)}; card kinds ${JSON.stringify([...cardKinds].sort())}\n`,
    );
    expect(Object.keys(turnsPerPhase)).toEqual([...PHASES]);
    expect([...cardKinds].sort()).toEqual([...CARD_KINDS].sort());

    // One label at the start of the conversation; the app's badge says it from then on.
    const labelled = coachTexts.filter((text) => text.startsWith('Demo coach (offline)'));
    expect(labelled).toHaveLength(1);
    expect(coachTexts.indexOf(labelled[0] ?? '')).toBe(0);

    // Each suggestion card names the identity its message speaks about, and reads naturally.
    for (const suggestion of suggestions) {
      expect(suggestion.text).toContain(`“${suggestion.identity}”`);
      expect(suggestion.statement).toMatch(/^I am (a|an) [a-z]/);
    }
    // "Let’s rework it" brings a different statement for the same identity.
    const [first, second] = suggestions;
    expect(second?.identity).toBe(first?.identity);
    expect(second?.statement).not.toBe(first?.statement);

    const final = await identities();
    const names = final.map((item) => item.name);
    expect(names, names.join(', ')).toEqual(
      expect.arrayContaining(['Painter', 'Nurse', 'Runner', 'Volunteer', 'Big Sister']),
    );
    expect(names).toContain('Bread Baker / Cake Baker');
    expect(names.some((name) => /nothing|else|\bas$/i.test(name))).toBe(false);
    expect(names).not.toContain('Trail Runner');
    expect(names).not.toContain('Meditator');
    for (const identity of final) {
      expect(identity.state).toBe('visualization_complete');
      expect(identity.iAmStatement).toMatch(/^I am /);
      expect(identity.visualization).toContain('sunny morning');
    }
  });
});
