import type { CardButton, Component } from 'src/curriculum/component.types';

/**
 * The copy of a card stored on its message once a button was pressed: no buttons, and which
 * one was chosen, so history renders the same after a reload and nothing can be pressed twice.
 */
export const toDisplayOnly = <C extends Component>(card: C, pressed: CardButton, at: Date): C => ({
  ...card,
  buttons: [],
  displayOnly: true,
  pressed: { buttonId: pressed.id, label: pressed.label, at: at.toISOString() },
});
