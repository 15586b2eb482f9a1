import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { components } from '@dev-coach/api-client';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { Component } from 'src/curriculum/component.types';
import type { Phase } from 'src/curriculum/phases';
import type { AuthHeaders } from 'test/factories/user.factory';
import { api, cardOf, type MessageBody, openCard, pressBody } from 'test/utils/coach-turns';

type Schemas = components['schemas'];
type Identity = Schemas['IdentityResponseDto'];

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

export interface DemoWalk {
  turnsPerPhase: Partial<Record<Phase, number>>;
  cardKinds: Set<string>;
  coachTexts: string[];
  suggestions: { identity: string; statement: string; text: string }[];
  /** Each turn's result, in order (for assertions on actions and status). */
  results: Schemas['TurnResultResponseDto'][];
}

/**
 * The whole curriculum with the offline demo coach through the real pipeline: typed answers and
 * card presses only, as a client would, until every identity's visualization is complete. The
 * app must run with AI_PROVIDER=demo and no per-minute turn limits.
 */
export const walkDemoCurriculum = async (
  app: NestFastifyApplication,
  headers: AuthHeaders,
  maxTurns = 250,
): Promise<DemoWalk> => {
  const walk: DemoWalk = {
    turnsPerPhase: {},
    cardKinds: new Set(),
    coachTexts: [],
    suggestions: [],
    results: [],
  };
  let reworked = false;
  let crisisSent = false;
  let missingStep = 0;

  for (let step = 0; step < maxTurns; step += 1) {
    const state = (await api(app, 'GET', '/coach/state', headers)).json<Schemas['CoachStateResponseDto']>();
    const phase = state.currentPhase;
    const all = (await api(app, 'GET', '/identities', headers)).json<Identity[]>();
    if (phase === 'identity_visualization' && all.every((item) => item.state === 'visualization_complete')) {
      break;
    }
    const card: MessageBody | null = await openCard(app, headers);
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
    walk.turnsPerPhase[phase] = (walk.turnsPerPhase[phase] ?? 0) + 1;
    const res = await api(app, 'POST', '/coach/turns?wait=true', headers, body);
    if (res.statusCode !== 200) {
      throw new Error(`turn ${step} in ${phase}: ${res.statusCode} ${res.body}`);
    }
    const result = res.json<Schemas['TurnResultResponseDto']>();
    walk.results.push(result);
    for (const message of result.messages.filter((item) => item.role === 'coach')) {
      const shown = cardOf(message);
      if (shown) {
        walk.cardKinds.add(shown.kind);
      }
      if (shown?.kind === 'suggest_i_am') {
        walk.suggestions.push({
          identity: shown.identity.name,
          statement: shown.statement,
          text: message.content,
        });
      }
      if (message.content) {
        walk.coachTexts.push(message.content);
      }
    }
  }
  return walk;
};
