import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

/** A catalogue entry as the staff API returns it (`GET /api/v1/admin/videos`). */
export type Video = components['schemas']['AdminVideoDto'] & RaRecord<string>;

// The curriculum's sessions (backend src/curriculum/sessions.ts), in order; checked against the
// API's enum so a new session cannot be missed here.
export const SESSIONS = [
  'welcome',
  'get_to_know',
  'brainstorming',
  'refinement',
  'commitment',
  'i_am',
  'visualization',
] as const satisfies readonly Video['session'][];
type MissingSession = Exclude<Video['session'], (typeof SESSIONS)[number]>;
export const sessionsAreComplete: [MissingSession] extends [never] ? true : false = true;

export const sessionChoices = SESSIONS.map((id) => ({ id, name: `devcoach.videos.session.${id}` }));
export const kindChoices = [
  { id: 'intro', name: 'devcoach.videos.kind.intro' },
  { id: 'outro', name: 'devcoach.videos.kind.outro' },
];

/** 95 → "1:35". */
export const formatDuration = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export const videoRepresentation = (video: Pick<Video, 'title'>): string => video.title;
