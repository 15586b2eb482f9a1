import type { Component } from 'src/curriculum/component.types';
import { quote } from 'src/coaching/actions/summary-text';

const shown = (card: Component): string => {
  switch (card.kind) {
    case 'intro_choices':
      return 'Showed the choice to start coaching or hear more.';
    case 'suggest_i_am':
      return `Suggested the “I am” statement ${quote(card.statement)} for ${quote(card.identity.name)}.`;
    case 'i_am_summary':
      return `Showed the summary of ${card.statements.length} “I am” statements.`;
    case 'propose_combine':
      return `Proposed combining ${quote(card.keep.name)} and ${quote(card.merge.name)}.`;
    case 'propose_nest':
      return `Proposed nesting ${quote(card.child.name)} under ${quote(card.parent.name)}.`;
    case 'propose_archive':
      return `Proposed archiving ${quote(card.identity.name)}.`;
    case 'video':
      return `Showed the ${card.video.placement} video ${quote(card.video.title)}.`;
    case 'break':
      return 'Showed the break card.';
    case 'safety_resources':
      return 'Showed support resources.';
  }
};

/** One line for the prompt's history: what the card was, and which button the client chose. */
export const describeComponent = (card: Component): string =>
  card.pressed ? `${shown(card)} The client chose ${quote(card.pressed.label)}.` : shown(card);
