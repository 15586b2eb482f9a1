import type { SafetyEvent } from '../types';

export const safetyEventFixture = (overrides: Partial<SafetyEvent> = {}): SafetyEvent => ({
  id: '0b6f3a2e-4c1d-4e8f-9a7b-1c2d3e4f5a6b',
  userId: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  userName: 'Ann Lee',
  userEmail: 'ann@example.com',
  messageId: null,
  messageText: 'i dont want to be here anymore',
  flaggedBy: 'classifier',
  classifierScore: 0.92,
  status: 'open',
  resolutionNote: null,
  resolvedBy: null,
  resolvedAt: null,
  alertQueuedAt: '2026-11-25T09:00:01.000Z',
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  classifier: {
    verdict: 'flag',
    score: 0.92,
    categories: { suicidal_intent: 0.92, self_harm: 0, indirect_distress: 0 },
    evidence: [
      {
        rule: 'not_be_here',
        category: 'suicidal_intent',
        text: 'dont want to be here',
        weight: 1,
        score: 0.92,
        modifiers: [],
      },
    ],
    version: 'offline-2026.11-1',
  },
  moderation: { status: 'ok', provider: 'openai', flagged: true, selfHarm: true },
  context: {
    phase: 'brainstorming',
    recentMessages: [
      { role: 'coach', content: 'How has the week been?', at: '2026-11-25T08:58:00.000Z' },
      { role: 'user', content: 'Rough, honestly.', at: '2026-11-25T08:59:00.000Z' },
    ],
    followingMessages: [
      {
        role: 'coach',
        content: 'I am really glad you told me. You deserve support right now.',
        at: '2026-11-25T09:00:00.000Z',
      },
    ],
  },
  ...overrides,
});
