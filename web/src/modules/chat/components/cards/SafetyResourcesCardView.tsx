import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { SafetyResourcesCard } from '@/modules/chat/lib/cardTypes';

/** People to talk to right now. Always shown in full, answered or not: it may be needed again. */
export function SafetyResourcesCardView({ card, interactive, onPress }: CardProps<SafetyResourcesCard>) {
  return (
    <CardFrame title="You don’t have to carry this alone" pressed={card.pressed} tone="care">
      <p>If you are in danger or thinking about harming yourself, please reach out now:</p>
      <ul className="mt-2 space-y-3">
        {card.resources.map((resource) => (
          <li key={resource.name}>
            <span className="block font-semibold text-ink">{resource.name}</span>
            {resource.description ? <span className="block">{resource.description}</span> : null}
            <span className="flex flex-wrap gap-x-4">
              {resource.phone ? (
                <a
                  href={`tel:${resource.phone.replace(/\s+/g, '')}`}
                  className="font-medium text-brand-700 underline"
                >
                  Call {resource.phone}
                </a>
              ) : null}
              {resource.url ? (
                <a
                  href={resource.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="font-medium break-all text-brand-700 underline"
                >
                  {resource.url.replace(/^https?:\/\//, '')}
                </a>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {interactive ? <CardButtons buttons={card.buttons} onPress={onPress} /> : null}
    </CardFrame>
  );
}
