import type { ButtonAction } from '@/modules/chat/lib/coachTypes';
import type { Card, CardButton } from '@/modules/chat/lib/cardTypes';

/** What every card component gets. */
export interface CardProps<C extends Card> {
  card: C;
  /** False for answered cards and cards of an earlier phase: they render display-only. */
  interactive: boolean;
  /** A button was pressed; `actions` replaces the button's own when the client edited a param. */
  onPress: (button: CardButton, actions?: ButtonAction[]) => void;
}
