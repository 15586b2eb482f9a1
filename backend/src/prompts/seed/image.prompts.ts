// The studio's prompts for the image model (docs/studio.md). The service fills every
// placeholder with a sentence even when the client left a scene field empty, so no line of the
// rendered prompt is ever blank.
export const IMAGE_GENERATE_PROMPT = `An illustration of one person living an identity they chose for themselves: "{{identity_name}}" ({{identity_category}}: {{category_description}}).

Show them in the middle of it, as if the picture were taken on a good, ordinary day of the life they are building.
- Setting: {{scene_setting}}
- Mood: {{scene_mood}}
- Clothing: {{scene_clothing}}
- Also: {{scene_extra}}
- How they look: {{appearance}}
{{has_reference_photos}}

Style: a modern editorial illustration with soft natural light, clean shapes and a warm, calm palette. One person is the clear subject, seen full figure or from the knees up, face visible and at ease. No text, letters, logos or watermarks anywhere in the picture. Nothing frightening, sexual or violent: it must suit everyone.`;

export const IMAGE_REFINE_PROMPT = `Edit the attached picture of a person living the identity "{{identity_name}}" ({{identity_category}}).

Change only what this instruction asks:
{{instruction}}

Keep everything else as it is: the same person (face, skin tone, hair, build), their clothing, the composition and the illustration style. Changes made earlier stay: {{previous_instructions}}
For reference, the scene: {{scene_setting}}; mood: {{scene_mood}}; clothing: {{scene_clothing}}.
{{has_reference_photos}}
No text, letters, logos or watermarks anywhere in the picture. Nothing frightening, sexual or violent: it must suit everyone.`;
