import type { CardButton } from '@/modules/chat/lib/cardTypes';
import { Button } from '@/modules/ui/components/Button';

export interface CardButtonsProps {
  buttons: CardButton[];
  onPress: (button: CardButton) => void;
  /** Keeps a button off until a condition is met (a video watched far enough). */
  isDisabled?: (button: CardButton) => boolean;
  describedBy?: string;
}

/** A card's buttons, in the order the server gave them. */
export function CardButtons({ buttons, onPress, isDisabled, describedBy }: CardButtonsProps) {
  if (buttons.length === 0) {
    return null;
  }
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      {buttons.map((button) => (
        <Button
          key={button.id}
          variant={button.style === 'primary' ? 'primary' : 'secondary'}
          disabled={isDisabled?.(button) ?? false}
          aria-describedby={describedBy}
          onClick={() => onPress(button)}
          className="max-w-full whitespace-normal"
        >
          {button.label}
        </Button>
      ))}
    </div>
  );
}
