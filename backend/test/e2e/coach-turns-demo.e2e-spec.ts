import type { components } from '@dev-coach/api-client';
import type { Component } from 'src/curriculum/component.types';
import { PHASES, type Phase } from 'src/curriculum/phases';
import type { IdentityCategory } from 'src/curriculum/categories';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { api, cardOf, type MessageBody, openCard, pressBody } from 'test/utils/coach-turns';
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

// What the client answers in each brainstorming area: several passions, an overlap to combine
// ("Bread Baker", "Cake Baker"), one to nest ("Trail Runner" under "Runner"), two skips.
const BRAINSTORM: Record<IdentityCategory, string> = {
  passions_and_talents: 'I paint, I bake bread and I bake cakes',
  maker_of_money: 'I earn money as a nurse',
  keeper_of_money: "I'd rather skip this one",
  spiritual: 'I meditate every morning',
  personal_appearance: 'skip',
  physical_expression: "I run, and I'm a trail runner",
  familial_relations: 'big sister to Leo',
  romantic_relation: 'a loving partner',
  doer_of_things: 'I fix things around the house',
};

// A role that was missing, its name confirmed, then nothing else (never an identity "Nothing Else").
const MISSING_ANSWERS = ['volunteer at the food bank', 'yes', 'nothing else is missing'];

/** The button a client presses on each card kind (undefined: type a message instead). */
const buttonFor = (card: Component, reworked: boolean): string | undefined => {
  switch (card.kind) {
    case 'intro_choices':
      return 'start';
    case 'propose_nest':
      return 'nest';
    case 'propose_combine':
      return 'combine';
    case 'propose_archive':
      return 'archive';
    case 'suggest_i_am':
      return reworked ? 'accept' : 'rework';
    case 'i_am_summary':
      return card.phase === 'i_am_statement' ? 'continue' : undefined;
    case 'video':
      return 'continue';
    case 'break':
      return 'ready';
    case 'safety_resources':
      return 'continue';
  }
};

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
    const turnsPerPhase: Partial<Record<Phase, number>> = {};
    const cardKinds = new Set<string>();
    const coachTexts: string[] = [];
    const suggestions: { identity: string; statement: string; text: string }[] = [];
    let reworked = false;
    let crisisSent = false;
    let missingStep = 0;

    for (let step = 0; step < 250; step += 1) {
      const state = (await api(t.app, 'GET', '/coach/state', alice)).json<Schemas['CoachStateResponseDto']>();
      const phase = state.currentPhase;
      const all = await identities();
      if (
        phase === 'identity_visualization' &&
        all.every((item) => item.state === 'visualization_complete')
      ) {
        break;
      }
      const card: MessageBody | null = await openCard(t.app, alice);
      const component = card ? cardOf(card) : null;
      const button: string | undefined = component ? buttonFor(component, reworked) : undefined;
      let body: object;
      if (card && button) {
        reworked ||= button === 'rework';
        body = pressBody(card, button);
      } else if (phase === 'identity_brainstorming' && state.identityFocus === 'spiritual' && !crisisSent) {
        crisisSent = true;
        body = { message: 'some days I want to kill myself' };
      } else {
        const focus = state.identityFocus;
        const inFocus = all.some((item) => item.category === focus);
        const current = all.find((item) => item.id === state.currentIdentity?.id);
        const answers: Record<Phase, string> = {
          introduction: 'yes',
          get_to_know_you: 'I grew up by the sea with two sisters.',
          identity_warm_up: 'curious, kind, a runner',
          identity_brainstorming: inFocus ? 'no, that is all' : BRAINSTORM[focus],
          brainstorming_review: 'no, it looks good',
          identity_refinement: 'yes',
          anything_missing: MISSING_ANSWERS[Math.min(missingStep, MISSING_ANSWERS.length - 1)] ?? 'no',
          identity_commitment: current?.name === 'Meditator' ? 'no' : 'yes',
          i_am_statement: 'yes',
          identity_visualization: `I see myself as a ${current?.name ?? 'person'} on a sunny morning, smiling.`,
        };
        missingStep += phase === 'anything_missing' ? 1 : 0;
        body = { message: answers[phase] };
      }
      turnsPerPhase[phase] = (turnsPerPhase[phase] ?? 0) + 1;
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', alice, body);
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json<Schemas['TurnResultResponseDto']>();
      expect(result.turn.status, JSON.stringify(result.turn)).toBe('done');
      expect(result.actions.filter((action) => action.status === 'rejected')).toEqual([]);
      for (const message of result.messages.filter((item) => item.role === 'coach')) {
        const shown = cardOf(message);
        if (shown) {
          cardKinds.add(shown.kind);
        }
        if (shown?.kind === 'suggest_i_am') {
          suggestions.push({
            identity: shown.identity.name,
            statement: shown.statement,
            text: message.content,
          });
        }
        if (message.content) {
          coachTexts.push(message.content);
        }
      }
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
