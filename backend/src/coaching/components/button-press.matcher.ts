import type { Phase } from 'src/curriculum/phases';
import type { RawAction } from 'src/coaching/actions/action.types';
import { checkActionShape } from 'src/coaching/actions/action-shape.validator';
import type { ButtonActionTemplate, CardButton, Component } from 'src/curriculum/component.types';

/** What a client says it pressed: a button of a card, and the actions that button carries. */
export interface ButtonPress {
  /** Names the button; required for reply-only buttons, which carry no actions to match. */
  buttonId?: string | null;
  actions: readonly RawAction[];
}

export type ButtonPressMatch =
  | { ok: true; button: CardButton; actions: RawAction[] }
  | {
      ok: false;
      reason: 'not_interactive' | 'expired' | 'not_offered' | 'invalid_params';
      message: string;
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// The pressed action with the offered params, except the ones the card let the client edit.
const matchAction = (template: ButtonActionTemplate, pressed: RawAction): RawAction | null => {
  const offered = template.params as Record<string, unknown>;
  const sent = pressed.params ?? {};
  if (pressed.type !== template.type || !isRecord(sent)) {
    return null;
  }
  const keys = Object.keys(offered);
  if (Object.keys(sent).length !== keys.length || !keys.every((key) => key in sent)) {
    return null;
  }
  const editable: readonly string[] = template.editable ?? [];
  const fixedMatch = keys.every((key) => editable.includes(key) || sameValue(sent[key], offered[key]));
  return fixedMatch ? { type: template.type, params: { ...offered, ...sent } } : null;
};

const matchButton = (button: CardButton, pressed: readonly RawAction[]): RawAction[] | null => {
  if (button.actions.length !== pressed.length) {
    return null;
  }
  const matched = button.actions.map((template, index) =>
    matchAction(template, pressed[index] ?? { type: null }),
  );
  return matched.every((action): action is RawAction => action !== null) ? matched : null;
};

/**
 * Whether a pressed button was really offered by the card it claims to come from: the card
 * must still be interactive and of the client's current phase, and the actions must be exactly
 * one button's actions (same types, same order, same params except the editable ones).
 */
export const matchButtonPress = (
  card: Component | null,
  press: ButtonPress,
  currentPhase: Phase,
): ButtonPressMatch => {
  if (!card || card.displayOnly || card.buttons.length === 0) {
    return { ok: false, reason: 'not_interactive', message: 'That card has no buttons to press.' };
  }
  if (card.phase !== currentPhase) {
    return { ok: false, reason: 'expired', message: 'That card belongs to an earlier phase.' };
  }
  const candidates = press.buttonId
    ? card.buttons.filter((button) => button.id === press.buttonId)
    : card.buttons;
  for (const button of candidates) {
    // A reply-only button has nothing to compare; it must be named.
    if (!press.buttonId && button.actions.length === 0) {
      continue;
    }
    const actions = matchButton(button, press.actions);
    if (actions) {
      const invalid = actions.map(checkActionShape).find((check) => !check.ok);
      if (invalid && !invalid.ok) {
        return { ok: false, reason: 'invalid_params', message: invalid.message };
      }
      return { ok: true, button, actions };
    }
  }
  return {
    ok: false,
    reason: 'not_offered',
    message: press.buttonId
      ? `The card offers no button “${press.buttonId}” with those actions.`
      : 'The card offers no button with those actions.',
  };
};
