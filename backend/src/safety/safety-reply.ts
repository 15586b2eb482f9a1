import type { Phase } from 'src/curriculum/phases';
import type { SafetyResourcesCard } from 'src/curriculum/component.types';
import type { SafetyResource } from 'src/safety/config/safety-resources';

/** What the coach says instead of coaching when a message is flagged, with the resources card. */
export interface SafetyReply {
  message: string;
  component: SafetyResourcesCard;
}

export const SAFETY_BUTTON_CONTINUE = 'continue';
export const SAFETY_BUTTON_SHOW_RESOURCES = 'show_resources';

// Warm and plain: acknowledge, do not diagnose or lecture, point to people, leave the door open.
export const SUPPORT_MESSAGE = [
  'Thank you for telling me. It sounds like you are carrying something really heavy right now, and I am glad you said it.',
  'You do not have to hold this on your own. Talking to someone can help: a person you trust, or one of the people below, who are there for exactly this, day or night.',
  'If you might act on these thoughts or are not safe right now, please call your local emergency number now.',
  'We will pause the coaching for now. There is no rush; when you feel ready, you can pick it back up.',
].join('\n\n');

export const HELD_MESSAGE = [
  'We are still paused, and that is okay. How you are doing matters more than the next step in the coaching.',
  'The people below are there if you want to talk to someone. When you feel safe and ready to continue, press “I’m safe, continue coaching”.',
].join('\n\n');

export const RESOURCES_AGAIN_MESSAGE =
  'Here they are again. Reaching out can feel hard; a short call or message is enough to start.';

export const CONTINUE_MESSAGE =
  'Thank you for letting me know. I am glad you are here. We can carry on whenever you like, and if things get heavy again, just say so.';

export const buildSafetyCard = (
  phase: Phase,
  region: string,
  resources: SafetyResource[],
): SafetyResourcesCard => ({
  kind: 'safety_resources',
  phase,
  region,
  resources: resources.map((resource) => ({ ...resource })),
  buttons: [
    {
      id: SAFETY_BUTTON_CONTINUE,
      label: 'I’m safe, continue coaching',
      style: 'primary',
      actions: [],
      reply: 'I’m safe. Let’s continue the coaching.',
    },
    {
      id: SAFETY_BUTTON_SHOW_RESOURCES,
      label: 'Show resources again',
      style: 'secondary',
      actions: [],
      reply: 'Could you show me the support resources again?',
    },
  ],
  displayOnly: false,
  pressed: null,
});
