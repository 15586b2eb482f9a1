import type { PromptVersion } from '../types';

export const promptFixture = (overrides: Partial<PromptVersion> = {}): PromptVersion => ({
  id: 'b8f1c0de-1a2b-4c3d-9e8f-0a1b2c3d4e5f',
  templateId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  key: 'phase:identity_refinement',
  kind: 'phase',
  phase: 'identity_refinement',
  category: null,
  version: 2,
  body: 'Phase: identity refinement.\nOffer three name options.\n{{current_identity}}\n',
  changeNote: 'Three options',
  allowedActions: ['rename_identity', 'accept_refinement'],
  requiredContextKeys: ['current_identity'],
  source: 'staff',
  authorId: null,
  isActive: true,
  createdAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});
