import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { IntroChoicesCard } from '@/modules/chat/lib/cardTypes';

/** Start coaching now, or hear a little more first. */
export function IntroChoicesCardView({ card, interactive, onPress }: CardProps<IntroChoicesCard>) {
  if (!interactive && !card.pressed) {
    // The client answered in their own words instead: the choice no longer needs a box.
    return null;
  }
  return (
    <CardFrame title="How would you like to begin?" pressed={card.pressed}>
      {interactive ? <CardButtons buttons={card.buttons} onPress={onPress} /> : null}
    </CardFrame>
  );
}
