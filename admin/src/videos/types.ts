import type { RaRecord } from 'react-admin';

// The shape of `AdminVideoDto` (GET /api/v1/admin/videos); written out here until the generated
// client is regenerated with the videos routes, then to be replaced by components['schemas'].
export interface Video extends RaRecord<string> {
  key: string;
  session: string;
  kind: 'intro' | 'outro';
  title: string;
  url: string;
  playUrl: string;
  durationSeconds: number;
  captionsUrl: string | null;
  captionsPlayUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

// The curriculum's sessions (backend src/curriculum/sessions.ts), in order.
export const SESSIONS = [
  'welcome',
  'get_to_know',
  'brainstorming',
  'refinement',
  'commitment',
  'i_am',
  'visualization',
] as const;

export const sessionChoices = SESSIONS.map((id) => ({ id, name: `devcoach.videos.session.${id}` }));
export const kindChoices = [
  { id: 'intro', name: 'devcoach.videos.kind.intro' },
  { id: 'outro', name: 'devcoach.videos.kind.outro' },
];

/** 95 → "1:35". */
export const formatDuration = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export const videoRepresentation = (video: Pick<Video, 'title'>): string => video.title;
