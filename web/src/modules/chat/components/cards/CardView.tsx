import { BreakCardView } from '@/modules/chat/components/cards/BreakCardView';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import { IAmSummaryCardView } from '@/modules/chat/components/cards/IAmSummaryCardView';
import { IntroChoicesCardView } from '@/modules/chat/components/cards/IntroChoicesCardView';
import { ProposalCardView } from '@/modules/chat/components/cards/ProposalCardView';
import { SafetyResourcesCardView } from '@/modules/chat/components/cards/SafetyResourcesCardView';
import { SuggestIAmCardView } from '@/modules/chat/components/cards/SuggestIAmCardView';
import { VideoCardView } from '@/modules/chat/components/cards/VideoCardView';
import type { Card } from '@/modules/chat/lib/cardTypes';

/** The component for a card's kind. */
export function CardView({ card, ...props }: CardProps<Card>) {
  switch (card.kind) {
    case 'intro_choices':
      return <IntroChoicesCardView card={card} {...props} />;
    case 'suggest_i_am':
      return <SuggestIAmCardView card={card} {...props} />;
    case 'i_am_summary':
      return <IAmSummaryCardView card={card} {...props} />;
    case 'propose_combine':
    case 'propose_nest':
    case 'propose_archive':
      return <ProposalCardView card={card} {...props} />;
    case 'video':
      return <VideoCardView card={card} {...props} />;
    case 'break':
      return <BreakCardView card={card} {...props} />;
    case 'safety_resources':
      return <SafetyResourcesCardView card={card} {...props} />;
  }
}
