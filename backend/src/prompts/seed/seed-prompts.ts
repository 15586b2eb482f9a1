import { createHash } from 'node:crypto';
import type { ActionType } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import type { PromptKeyParts } from 'src/prompts/prompt-keys';
import { CATEGORY_GUIDES } from 'src/prompts/seed/category-guides.prompts';
import { IMAGE_GENERATE_PROMPT, IMAGE_REFINE_PROMPT } from 'src/prompts/seed/image.prompts';
import { SAFETY_PROMPT, SENTINEL_PROMPT } from 'src/prompts/seed/memory-and-safety.prompts';
import { PHASE_PROMPTS } from 'src/prompts/seed/phase.prompts';
import { SYSTEM_PROMPT } from 'src/prompts/seed/system.prompt';

export interface SeedPrompt {
  parts: PromptKeyParts;
  body: string;
  allowedActions: ActionType[];
  /** Identifies this exact text: a changed seed gets a new version, an unchanged one nothing. */
  seedHash: string;
}

const seed = (parts: PromptKeyParts, body: string, allowedActions: ActionType[] = []): SeedPrompt => ({
  parts,
  body,
  allowedActions,
  seedHash: createHash('sha256')
    .update(JSON.stringify([body, allowedActions]))
    .digest('hex'),
});

/** The prompt set written by us, seeded on first start. */
export const SEED_PROMPTS: readonly SeedPrompt[] = [
  seed({ kind: 'system', phase: null, category: null }, SYSTEM_PROMPT),
  ...Object.entries(PHASE_PROMPTS).map(([phase, prompt]) =>
    seed(
      { kind: 'phase', phase: phase as keyof typeof PHASE_PROMPTS, category: null },
      prompt.body,
      prompt.allowedActions,
    ),
  ),
  ...IDENTITY_CATEGORIES.map((category) =>
    seed({ kind: 'category_guide', phase: null, category }, CATEGORY_GUIDES[category]),
  ),
  seed({ kind: 'sentinel', phase: null, category: null }, SENTINEL_PROMPT),
  seed({ kind: 'safety', phase: null, category: null }, SAFETY_PROMPT),
  seed({ kind: 'image_generate', phase: null, category: null }, IMAGE_GENERATE_PROMPT),
  seed({ kind: 'image_refine', phase: null, category: null }, IMAGE_REFINE_PROMPT),
];
