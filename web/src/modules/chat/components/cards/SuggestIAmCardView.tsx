import { useId, useState } from 'react';
import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { CardButton, SuggestIAmCard } from '@/modules/chat/lib/cardTypes';

/** The actions of `button` with every editable `statement` param set to the client's text. */
function withStatement(button: CardButton, statement: string) {
  return button.actions.map(({ type, params, editable }) =>
    editable?.includes('statement') ? { type, params: { ...params, statement } } : { type, params },
  );
}

/** A suggested "I am" statement for one identity, which the client may reword before saving. */
export function SuggestIAmCardView({ card, interactive, onPress }: CardProps<SuggestIAmCard>) {
  const [statement, setStatement] = useState(card.statement);
  const fieldId = useId();
  const trimmed = statement.trim();
  return (
    <CardFrame title={`An “I am” statement for ${card.identity.name}`} pressed={card.pressed}>
      {interactive ? (
        <>
          <label htmlFor={fieldId} className="block font-medium text-ink">
            Your statement (you can change the words)
          </label>
          <textarea
            id={fieldId}
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            maxLength={500}
            rows={2}
            className="mt-1 w-full resize-y rounded-xl border border-line bg-white px-3 py-2 text-base text-ink"
          />
          <CardButtons
            buttons={card.buttons}
            isDisabled={(button) => button.actions.length > 0 && trimmed === ''}
            onPress={(button) =>
              onPress(button, button.actions.length > 0 ? withStatement(button, trimmed) : undefined)
            }
          />
        </>
      ) : (
        <blockquote className="border-l-2 border-brand-200 pl-3 text-base text-ink italic">
          {card.statement}
        </blockquote>
      )}
    </CardFrame>
  );
}
