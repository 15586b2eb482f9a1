// Helpers for the one-line past-tense summaries the model reads back in history.

const MAX_QUOTED = 80;

export const clip = (text: string, max = MAX_QUOTED): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

export const quote = (text: string): string => `“${clip(text)}”`;

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

export const quotedList = (items: readonly string[]): string => items.map(quote).join(', ');
