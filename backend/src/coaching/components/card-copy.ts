import type { Component } from 'src/curriculum/component.types';

/**
 * The coach's text for a card that is the whole reply (no LLM call): a session video or a
 * break after a button press. Null for cards that always come with the model's own words.
 */
export const coachTextForCard = (card: Component): string | null => {
  switch (card.kind) {
    case 'video':
      if (card.video.placement === 'outro') {
        return 'You finished this session. Here is a short video to close it.';
      }
      return card.video.session === 'welcome'
        ? 'Welcome! Start with this short video about how identity coaching works.'
        : 'Here is a short video to open this part of your coaching.';
    case 'break':
      return 'Take a break and let this settle. When you are ready, press “I’m ready” and we will continue.';
    case 'intro_choices':
    case 'suggest_i_am':
    case 'i_am_summary':
    case 'propose_combine':
    case 'propose_nest':
    case 'propose_archive':
    case 'safety_resources':
      return null;
  }
};
