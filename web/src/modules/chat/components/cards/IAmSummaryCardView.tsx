import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { IAmSummaryCard } from '@/modules/chat/lib/cardTypes';

/** Where the client's "I am" statements can be downloaded as a PDF. */
export const I_AM_PDF_URL = '/api/v1/identities/i-am.pdf';

/** Every "I am" statement so far, with the PDF to keep. */
export function IAmSummaryCardView({ card, interactive, onPress }: CardProps<IAmSummaryCard>) {
  return (
    <CardFrame title="Your “I am” statements" pressed={card.pressed}>
      <ul className="space-y-2">
        {card.statements.map((entry) => (
          <li key={entry.identityId}>
            <span className="block text-xs font-semibold tracking-wide text-brand-700 uppercase">
              {entry.name}
            </span>
            <span className="text-base text-ink">{entry.statement}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href={I_AM_PDF_URL} download className="font-medium text-brand-700 underline">
          Download your statements (PDF)
        </a>
      </p>
      {interactive ? <CardButtons buttons={card.buttons} onPress={onPress} /> : null}
    </CardFrame>
  );
}
