import type { PromptContext } from 'src/curriculum/prompt-context';

interface DemoNoteOperation {
  op: 'add';
  id: '';
  text: string;
}

// A few plain self-descriptions, enough to show memory working offline. The real model handles
// everything else; this never updates or deletes, so it cannot damage a client's notes.
const RULES: { pattern: RegExp; note: (match: RegExpMatchArray) => string }[] = [
  { pattern: /\bi work as (an? [a-z][a-z -]{1,40})/i, note: (m) => `Works as ${m[1]}.` },
  {
    pattern: /\bi(?:'m| am) (an? [a-z][a-z-]{1,30}(?: [a-z][a-z-]{1,30})?)\b/i,
    note: (m) => `Is ${m[1]}.`,
  },
  {
    pattern:
      /\bmy (daughter|son|wife|husband|partner|brother|sister|mother|mum|mom|father|dad|dog|cat)(?: [A-Z][a-z]+)? is ([^.!?,;]{1,60})/i,
    note: (m) => `Their ${m[1].toLowerCase()} is ${m[2].trim()}.`,
  },
  {
    pattern: /\bi have (an? |two |three |\d+ )(kids?|children|daughters?|sons?|dogs?|cats?)\b/i,
    note: (m) => `Has ${m[1].trim()} ${m[2]}.`,
  },
  { pattern: /\bi live in ([A-Z][\w -]{1,40})/, note: (m) => `Lives in ${m[1].trim()}.` },
];

/** Note operations for the client's latest message: one `add` per recognised fact, not yet known. */
export const planDemoNotes = (context: PromptContext): { operations: DemoNoteOperation[] } => {
  const said = context.recentMessages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  const known = new Set(context.userNotes.map((note) => note.text.toLowerCase()));
  const operations: DemoNoteOperation[] = [];
  for (const sentence of said.split(/(?<=[.!?])\s+|\n+/)) {
    for (const rule of RULES) {
      const match = sentence.match(rule.pattern);
      if (!match) {
        continue;
      }
      const text = rule.note(match);
      if (!known.has(text.toLowerCase())) {
        known.add(text.toLowerCase());
        operations.push({ op: 'add', id: '', text });
      }
      break;
    }
  }
  return { operations };
};
