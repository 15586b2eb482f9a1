import type { components } from '@dev-coach/api-client';

type Schemas = components['schemas'];
export type Message = Schemas['AdminMessageDto'];
export type Identity = Schemas['AdminIdentityDto'];
export type CoachState = Schemas['AdminCoachStateDto'];
export type ActionLog = Schemas['AdminActionDto'];
export type Note = Schemas['AdminNoteDto'];
export type Pause = Schemas['AdminBreakDto'];

/** The first line of a longer text, for one-line list rows. */
export const firstLine = (text: string, max = 90): string => {
  const line = text.split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};
