import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { BreakCard } from '@/modules/chat/lib/cardTypes';
import { formatBreakDuration, SESSION_LABELS } from '@/modules/chat/lib/sessionLabels';

/** A pause between sessions; once over, a one-line marker saying how long it lasted. */
export function BreakCardView({ card, interactive, onPress }: CardProps<BreakCard>) {
  if (card.displayOnly || card.pressed) {
    const duration = card.pressed
      ? ` · ${formatBreakDuration(Date.parse(card.pressed.at) - Date.parse(card.startedAt))}`
      : '';
    return (
      <p className="mt-3 flex items-center gap-3 text-xs font-medium tracking-wide text-ink-soft uppercase">
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
        <span>Break{duration}</span>
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
      </p>
    );
  }
  return (
    <CardFrame title="Time for a break">
      <p>
        You have finished the {SESSION_LABELS[card.session]} session. Let it settle for as long as you like;
        when you come back, we will pick up from here.
      </p>
      {interactive ? <CardButtons buttons={card.buttons} onPress={onPress} /> : null}
    </CardFrame>
  );
}
