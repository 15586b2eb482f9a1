import { z } from 'zod';

// The studio's forms, with the API's limits (docs/studio.md).

export const SCENE_FIELD_MAX = 300;
export const APPEARANCE_MAX = 500;
export const INSTRUCTION_MAX = 300;

const sceneField = z.string().trim().max(SCENE_FIELD_MAX, `Keep it under ${SCENE_FIELD_MAX} characters.`);

export const sceneSchema = z.object({
  clothing: sceneField,
  mood: sceneField,
  setting: sceneField,
  extraPrompt: sceneField,
});
export type SceneValues = z.infer<typeof sceneSchema>;

export const appearanceSchema = z.object({
  description: z.string().trim().max(APPEARANCE_MAX, `Keep it under ${APPEARANCE_MAX} characters.`),
});
export type AppearanceValues = z.infer<typeof appearanceSchema>;

export const refineSchema = z.object({
  instruction: z
    .string()
    .trim()
    .min(1, 'Say what to change, for example “warmer light”.')
    .max(INSTRUCTION_MAX, `Keep it under ${INSTRUCTION_MAX} characters.`),
});
export type RefineValues = z.infer<typeof refineSchema>;

/** Reference photos: what the API accepts, checked before anything is sent. */
export const REFERENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const REFERENCE_MAX_BYTES = 8 * 1024 * 1024;
export const REFERENCE_LIMIT = 5;

/** The error code the API would answer for this file, or null when it may be sent. */
export function referenceFileProblem(file: File): 'invalid_image' | 'image_too_large' | null {
  if (!(REFERENCE_TYPES as readonly string[]).includes(file.type)) {
    return 'invalid_image';
  }
  return file.size > REFERENCE_MAX_BYTES ? 'image_too_large' : null;
}
