// Models asked for JSON sometimes wrap it in a Markdown fence, add a line of prose, or send the
// object twice. Those replies are whole and usable: finding the object locally is free, while a
// repair call costs a second paid request and the client's time.

const FENCED = /^\s*```[a-zA-Z]*[ \t]*\r?\n?([\s\S]*?)\r?\n?```\s*$/;

/** Every balanced top-level `{…}` in `text`, in order; strings and escapes are respected. */
export const topLevelObjects = (text: string): string[] => {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (char === '\\') {
        escaped = true;
      } else if (char === '"') {
        inString = false;
      }
      continue;
    }
    if (char === '"' && depth > 0) {
      inString = true;
    } else if (char === '{') {
      if (depth === 0) {
        start = index;
      }
      depth += 1;
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        found.push(text.slice(start, index + 1));
      }
    }
  }
  return found;
};

/**
 * Texts worth parsing, most literal first: the reply as is, then without a Markdown fence, then
 * each top-level object found in it (prose around it, or the same object twice).
 */
export const jsonCandidates = (text: string): string[] => {
  const candidates = [text];
  const fenced = FENCED.exec(text);
  if (fenced?.[1] !== undefined) {
    candidates.push(fenced[1]);
  }
  candidates.push(...topLevelObjects(text));
  return [...new Set(candidates)];
};
