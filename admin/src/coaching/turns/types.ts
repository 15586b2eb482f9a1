import type { components } from '@dev-coach/api-client';

export type Turn = components['schemas']['AdminTurnDto'];

export const turnRepresentation = (turn: Turn) =>
  `${turn.status} · ${new Date(turn.createdAt).toLocaleString()}`;

/** Input plus output tokens, or nothing before the model answered. */
export const totalTokens = (turn: Turn): number | null =>
  turn.inputTokens === null && turn.outputTokens === null
    ? null
    : (turn.inputTokens ?? 0) + (turn.outputTokens ?? 0);
