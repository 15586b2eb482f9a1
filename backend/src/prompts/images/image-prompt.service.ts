import { Injectable } from '@nestjs/common';
import type { ImageSubject } from 'src/ai/images/image.types';
import { CATEGORY_INFO, isIdentityCategory } from 'src/curriculum/categories';
import { type ImageContextKey, isImageContextKey } from 'src/prompts/context/image-context-keys';
import { type ImagePromptKind, promptKey } from 'src/prompts/prompt-keys';
import { PromptsRepository } from 'src/prompts/prompts.repository';
import { SEED_PROMPTS } from 'src/prompts/seed/seed-prompts';
import { renderTemplate } from 'src/prompts/template/template-engine';

export interface BuildImagePromptInput {
  kind: 'generate' | 'refine';
  subject: ImageSubject;
  /** The refine's instruction; defaults to the last of `subject.instructions`. */
  instruction?: string;
  /** Whether reference photos go with the call (the prompt then asks to keep the likeness). */
  hasReferences?: boolean;
}

export interface BuiltImagePrompt {
  prompt: string;
  /** The prompt version it was rendered from (for ImageGenerateRequest.promptVersionIds). */
  promptVersionIds: string[];
  promptKind: ImagePromptKind;
}

const MAX_FIELD = 300;

// A client's words go into the prompt as one line each: newlines could otherwise start lines
// that read like our own instructions.
const oneLine = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);

const orElse = (text: string | null | undefined, fallback: string): string => oneLine(text) || fallback;

/** The values of the image placeholders for a subject; empty scene fields get a neutral sentence. */
export const imagePromptValues = (input: BuildImagePromptInput): Record<ImageContextKey, string> => {
  const { subject } = input;
  const category = isIdentityCategory(subject.category) ? CATEGORY_INFO[subject.category] : null;
  const instructions = (subject.instructions ?? []).map(oneLine).filter(Boolean);
  const instruction = oneLine(input.instruction) || instructions.at(-1) || '';
  // The instruction being applied now is not one of the earlier ones.
  const earlier = instructions.at(-1) === instruction ? instructions.slice(0, -1) : instructions;
  return {
    identity_name: orElse(subject.identityName, 'a person at their best'),
    identity_category: category?.label ?? orElse(subject.category.replace(/_/g, ' '), 'life'),
    category_description: category?.description ?? 'a part of their life they care about',
    scene_clothing: orElse(subject.scene.clothing, 'what this person would naturally wear here'),
    scene_mood: orElse(subject.scene.mood, 'confident and at ease'),
    scene_setting: orElse(subject.scene.setting, 'a place that suits this identity'),
    scene_extra: orElse(subject.scene.extraPrompt, 'nothing more'),
    appearance: orElse(subject.appearance, 'not described; keep their features natural and unremarkable'),
    has_reference_photos: input.hasReferences
      ? 'The attached photos show this person: keep their face, skin tone, hair and build recognisable.'
      : '',
    instruction: instruction || 'make small improvements to light and detail',
    previous_instructions: earlier.length ? earlier.join('; ') : 'none',
  };
};

/**
 * Renders the studio's image prompts from their active versions (kinds image_generate and
 * image_refine). It lives in prompts/ rather than next to ImageService because ai/ may not import
 * prompts/ (docs/architecture.md, the layer rule).
 */
@Injectable()
export class ImagePromptService {
  constructor(private readonly prompts: PromptsRepository) {}

  async buildPrompt(input: BuildImagePromptInput): Promise<BuiltImagePrompt> {
    const promptKind: ImagePromptKind = input.kind === 'generate' ? 'image_generate' : 'image_refine';
    const key = promptKey({ kind: promptKind, phase: null, category: null });
    const [active] = await this.prompts.findActiveVersionsCached([key]);
    // The seeder writes both at start-up; before it ran (a fresh database mid-boot) the seed text
    // is the same words without a version to cite.
    const body = active?.body ?? SEED_PROMPTS.find((seed) => seed.parts.kind === promptKind)?.body ?? '';
    const prompt = renderTemplate<ImageContextKey>(body, imagePromptValues(input), isImageContextKey)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return { prompt, promptVersionIds: active ? [active.id] : [], promptKind };
  }
}
