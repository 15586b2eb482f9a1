import type { ResponseFormat } from 'src/ai/ai.types';
import type { JsonSchema } from 'src/ai/schema/json-schema';
import { ACTION_SPECS, type ActionType, type ParamKind } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { GET_TO_KNOW_YOU_TOPICS, nextPhase, type Phase } from 'src/curriculum/phases';
import { SESSIONS } from 'src/curriculum/sessions';

export const COACH_REPLY_FORMAT_NAME = 'coach_reply';

// The coach model's own safety flag, next to moderation and the offline classifier: a non-empty
// value stores a safety event, pauses the curriculum and alerts staff, as a flagged message does.
const SAFETY_CONCERN_DESCRIPTION =
  'Almost always "". Only when the client may be at risk — thoughts of suicide or self-harm, a plan or means, saying goodbye, feeling a burden, being in danger from someone — one short sentence on what worries you. The programme then pauses, the client is shown support resources, and a person follows up.';

const paramSchema = (kind: ParamKind, phase: Phase): JsonSchema => {
  switch (kind) {
    case 'text':
      return { type: 'string' };
    case 'identity_id':
      return { type: 'string', description: "The id of one of the client's identities, exactly as listed." };
    case 'category':
      return { type: 'string', enum: [...IDENTITY_CATEGORIES] };
    case 'phase': {
      // The server only accepts the next phase; offering nothing else saves a rejected action.
      const next = nextPhase(phase);
      return { type: 'string', enum: next ? [next] : [phase] };
    }
    case 'session':
      return { type: 'string', enum: [...SESSIONS] };
    case 'topic':
      return { type: 'string', enum: [...GET_TO_KNOW_YOU_TOPICS] };
    case 'video_key':
      return { type: 'string' };
    case 'text_list':
      return { type: 'array', items: { type: 'string' } };
    case 'identity_items':
      return {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            category: { type: 'string', enum: [...IDENTITY_CATEGORIES] },
            note: { type: 'string' },
          },
          required: ['name', 'category', 'note'],
          additionalProperties: false,
        },
      };
  }
};

const actionSchema = (type: ActionType, phase: Phase): JsonSchema => {
  const params = Object.entries<ParamKind>(ACTION_SPECS[type].params);
  return {
    type: 'object',
    properties: {
      type: { type: 'string', enum: [type] },
      params: {
        type: 'object',
        properties: Object.fromEntries(params.map(([name, kind]) => [name, paramSchema(kind, phase)])),
        required: params.map(([name]) => name),
        additionalProperties: false,
      },
    },
    required: ['type', 'params'],
    additionalProperties: false,
  };
};

/** Actions a phase's schema actually offers: no transition out of the last phase. */
export const offeredActions = (allowed: readonly ActionType[], phase: Phase): ActionType[] =>
  allowed.filter(
    (type) => ACTION_SPECS[type].offeredToModel && (type !== 'transition_phase' || nextPhase(phase) !== null),
  );

// What the pipeline accepts back: a message, and actions it checks one by one in the engine
// (an unknown type, a skipped phase or a foreign id is rejected and logged there, and the rest
// of the reply applies). Only a reply without a usable message costs a repair call.
const COACH_REPLY_ACCEPTS: JsonSchema = {
  type: 'object',
  properties: {
    message: { type: 'string' },
    actions: { type: 'array', items: { anyValue: true } },
    // Read leniently: anything but a non-empty string means no concern.
    safety_concern: { anyValue: true },
  },
  required: ['message'],
  additionalProperties: false,
};

/**
 * The `{ message, actions }` schema for one phase: only the allowed action types, every param
 * required (strict structured outputs demand it), transition targets narrowed to the next phase.
 * The provider is asked for that; locally the reply needs only to match `COACH_REPLY_ACCEPTS`.
 */
export const coachReplyFormat = (allowed: readonly ActionType[], phase: Phase): ResponseFormat => {
  const actions = offeredActions(allowed, phase);
  const items: JsonSchema =
    actions.length === 1
      ? actionSchema(actions[0], phase)
      : { anyOf: actions.map((type) => actionSchema(type, phase)) };
  return {
    name: COACH_REPLY_FORMAT_NAME,
    accepts: COACH_REPLY_ACCEPTS,
    schema: {
      type: 'object',
      properties: {
        message: { type: 'string', description: 'What the client reads: warm, concise, plain text.' },
        actions:
          actions.length === 0
            ? { type: 'array', items: { type: 'string' }, maxItems: 0 }
            : { type: 'array', items, description: 'Changes to apply, in order; [] when nothing changes.' },
        safety_concern: { type: 'string', description: SAFETY_CONCERN_DESCRIPTION },
      },
      required: ['message', 'actions', 'safety_concern'],
      additionalProperties: false,
    },
  };
};
