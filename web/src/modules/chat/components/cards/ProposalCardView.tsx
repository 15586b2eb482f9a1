import { BeforeAfter } from '@/modules/chat/components/cards/BeforeAfter';
import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { ProposeArchiveCard, ProposeCombineCard, ProposeNestCard } from '@/modules/chat/lib/cardTypes';

type ProposalCard = ProposeCombineCard | ProposeNestCard | ProposeArchiveCard;

const quoted = (name: string) => `“${name}”`;

function describe(card: ProposalCard) {
  switch (card.kind) {
    case 'propose_combine':
      return {
        title: 'Combine two identities?',
        change: (
          <BeforeAfter
            before={`${quoted(card.keep.name)} and ${quoted(card.merge.name)}`}
            after={quoted(card.combinedName)}
          />
        ),
      };
    case 'propose_nest':
      return {
        title: `Nest ${quoted(card.child.name)}?`,
        change: (
          <BeforeAfter before={quoted(card.child.name)} after={`part of ${quoted(card.parent.name)}`} />
        ),
      };
    case 'propose_archive':
      return {
        title: `Archive ${quoted(card.identity.name)}?`,
        change: (
          <BeforeAfter before={quoted(card.identity.name)} after="archived (you can still find it later)" />
        ),
      };
  }
}

/** A proposed change to the client's identities: combine, nest or archive, shown before → after. */
export function ProposalCardView({ card, interactive, onPress }: CardProps<ProposalCard>) {
  const { title, change } = describe(card);
  return (
    <CardFrame title={title} pressed={card.pressed}>
      {change}
      {interactive ? <CardButtons buttons={card.buttons} onPress={onPress} /> : null}
    </CardFrame>
  );
}
