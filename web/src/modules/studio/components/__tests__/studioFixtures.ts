import type { StudioDraft, StudioIdentity, StudioState } from '@/modules/studio/lib/studioTypes';

export const NOW = '2026-12-04T10:00:00.000Z';

export const user = {
  id: 'u1',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: '',
  role: 'user',
  memoryEnabled: true,
};

export const identity = (overrides: Partial<StudioIdentity> = {}): StudioIdentity => ({
  id: 'i1',
  name: 'Runner',
  category: 'physical_expression',
  state: 'i_am_complete',
  scene: { clothing: null, mood: null, setting: null, extraPrompt: null },
  savedDraftId: null,
  draftCount: 0,
  ...overrides,
});

export const studioState = (overrides: Partial<StudioState> = {}): StudioState => ({
  open: true,
  override: false,
  quota: { used: 2, limit: 20, resetsAt: '2026-12-05T00:00:00.000Z' },
  appearance: { description: '', updatedAt: null },
  references: [],
  identities: [identity()],
  ...overrides,
});

/** An open studio with these identities, each keeping the draft given as its picture, or none. */
export const studioKeeping = (identities: [id: string, name: string, savedDraftId: string | null][]) =>
  studioState({
    identities: identities.map(([id, name, savedDraftId]) => identity({ id, name, savedDraftId })),
  });

export const draft = (overrides: Partial<StudioDraft> = {}): StudioDraft => ({
  id: 'd1',
  identityId: 'i1',
  parentId: null,
  status: 'ready',
  instruction: null,
  errorCode: null,
  saved: false,
  createdAt: NOW,
  imageUrl: '/api/v1/studio/drafts/d1/image',
  thumbnailUrl: '/api/v1/studio/drafts/d1/thumbnail',
  demo: true,
  ...overrides,
});

/** A finished SSE body: each frame an event name and its JSON data. */
export const sse = (...frames: [string, unknown][]) =>
  new Response(frames.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''), {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream' },
  });

/** An SSE body that sends `frames` and then stays open, like a job still running. */
export const openSse = (...frames: [string, unknown][]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            frames.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''),
          ),
        );
      },
    }),
    { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
  );

export const markUnlockSeen = () => window.localStorage.setItem('dc-studio-unlocked:u1', '1');
