import type { ContextKey } from 'src/prompts/context/context-keys';

// Placeholders of the image prompts (kinds image_generate and image_refine): the studio's subject,
// not a coaching context. Closed like CONTEXT_KEYS; an image template may use only these, and
// the coach's templates none of them.
export const IMAGE_CONTEXT_KEYS = [
  'identity_name',
  'identity_category',
  'category_description',
  'scene_clothing',
  'scene_mood',
  'scene_setting',
  'scene_extra',
  'appearance',
  'has_reference_photos',
  'instruction',
  'previous_instructions',
] as const;

export type ImageContextKey = (typeof IMAGE_CONTEXT_KEYS)[number];

/** Any placeholder a template of some kind may use. */
export type TemplateKey = ContextKey | ImageContextKey;

export const isImageContextKey = (value: string): value is ImageContextKey =>
  (IMAGE_CONTEXT_KEYS as readonly string[]).includes(value);
