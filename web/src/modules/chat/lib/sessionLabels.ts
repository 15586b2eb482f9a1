import type { Session } from '@/modules/chat/lib/coachTypes';

/** How the curriculum's sessions are named to the client. */
export const SESSION_LABELS: Readonly<Record<Session, string>> = {
  welcome: 'Welcome',
  get_to_know: 'Getting to know you',
  brainstorming: 'Brainstorming',
  refinement: 'Refinement',
  commitment: 'Commitment',
  i_am: '“I am” statements',
  visualization: 'Your identities',
};

/** A break's length in plain words: "under a minute", "12 minutes", "2 hours 5 minutes", "3 days". */
export function formatBreakDuration(milliseconds: number): string {
  const minutes = Math.floor(Math.max(0, milliseconds) / 60_000);
  if (minutes < 1) {
    return 'under a minute';
  }
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (minutes < 60) {
    return plural(minutes, 'minute');
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  }
  return plural(Math.floor(hours / 24), 'day');
}
