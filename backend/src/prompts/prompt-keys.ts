import { IDENTITY_CATEGORIES, type IdentityCategory, isIdentityCategory } from 'src/curriculum/categories';
import { isPhase, MODEL_PHASES, type Phase } from 'src/curriculum/phases';
import type { ErrorDetail } from 'src/common/errors/app.exception';

export const PROMPT_KINDS = [
  'system',
  'phase',
  'category_guide',
  'sentinel',
  'safety',
  'image_generate',
  'image_refine',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/**
 * The image prompts (docs/studio.md): the studio's prompt for a new picture and for a refine.
 * Each is a kind of its own so that its key is the kind, like `system`, and every existing
 * key part (phase, category) keeps its meaning.
 */
export const IMAGE_PROMPT_KINDS = ['image_generate', 'image_refine'] as const;
export type ImagePromptKind = (typeof IMAGE_PROMPT_KINDS)[number];

export const isImagePromptKind = (kind: string): kind is ImagePromptKind =>
  (IMAGE_PROMPT_KINDS as readonly string[]).includes(kind);

export interface PromptKeyParts {
  kind: PromptKind;
  phase: Phase | null;
  category: IdentityCategory | null;
}

/**
 * `system`, `sentinel`, `safety`, `image_generate`, `image_refine`, `phase:<phase>` or
 * `category_guide:<category>`.
 */
export const promptKey = (parts: PromptKeyParts): string => {
  switch (parts.kind) {
    case 'phase':
      return `phase:${parts.phase ?? ''}`;
    case 'category_guide':
      return `category_guide:${parts.category ?? ''}`;
    case 'system':
    case 'sentinel':
    case 'safety':
    case 'image_generate':
    case 'image_refine':
      return parts.kind;
  }
};

/** Every key a template can exist for: the closed set the seed covers. */
export const ALL_PROMPT_KEYS: readonly PromptKeyParts[] = [
  { kind: 'system', phase: null, category: null },
  ...MODEL_PHASES.map((phase) => ({ kind: 'phase' as const, phase, category: null })),
  ...IDENTITY_CATEGORIES.map((category) => ({ kind: 'category_guide' as const, phase: null, category })),
  { kind: 'sentinel', phase: null, category: null },
  { kind: 'safety', phase: null, category: null },
  ...IMAGE_PROMPT_KINDS.map((kind) => ({ kind, phase: null, category: null })),
];

/**
 * Problems with a (kind, phase, category) combination, each naming its field: a phase prompt
 * needs a phase the coach calls the model in; a guide needs a category; the others need neither.
 */
export const keyProblems = (
  kind: PromptKind,
  phase?: string | null,
  category?: string | null,
): ErrorDetail[] => {
  const problems: ErrorDetail[] = [];
  if (kind === 'phase') {
    if (!phase) {
      problems.push({ field: 'phase', message: 'a phase prompt needs a phase' });
    } else if (!isPhase(phase)) {
      problems.push({ field: 'phase', message: `unknown phase "${phase}"` });
    } else if (!MODEL_PHASES.includes(phase)) {
      problems.push({
        field: 'phase',
        message: `the coach does not call the model in ${phase}, so it has no prompt`,
      });
    }
  } else if (phase) {
    problems.push({ field: 'phase', message: `only phase prompts have a phase, not ${kind}` });
  }
  if (kind === 'category_guide') {
    if (!category) {
      problems.push({ field: 'category', message: 'a category guide needs a category' });
    } else if (!isIdentityCategory(category)) {
      problems.push({ field: 'category', message: `unknown category "${category}"` });
    }
  } else if (category) {
    problems.push({ field: 'category', message: `only category guides have a category, not ${kind}` });
  }
  return problems;
};
