import { type ContextKey, isContextKey } from 'src/prompts/context/context-keys';

// `{{key}}` is a placeholder; `\{{` is a literal "{{"; every other brace is plain text.
// One regex pass renders a template, so text inserted for a placeholder is never scanned
// again: a client who types "{{user_name}}" sees exactly that in their prompt.
const TOKEN = /\\\{\{|\{\{([^{}]*)\}\}/g;

export interface TemplateProblem {
  /** The placeholder as written, e.g. `{{usr_name}}`. */
  placeholder: string;
  message: string;
}

export interface ParsedTemplate {
  /** Known keys the template uses, in order of first use. */
  keys: ContextKey[];
  problems: TemplateProblem[];
}

export const parseTemplate = (body: string): ParsedTemplate => {
  const keys: ContextKey[] = [];
  const problems: TemplateProblem[] = [];
  for (const match of body.matchAll(TOKEN)) {
    if (match[1] === undefined) {
      continue;
    }
    const name = match[1].trim();
    if (isContextKey(name)) {
      if (!keys.includes(name)) {
        keys.push(name);
      }
    } else {
      problems.push({
        placeholder: match[0],
        message: name
          ? `Unknown placeholder ${match[0]}: "${name}" is not a context key.`
          : `Empty placeholder ${match[0]}.`,
      });
    }
  }
  return { keys, problems };
};

/**
 * Renders a template that passed `parseTemplate`. A key without a value renders as an empty
 * string rather than leaking `{{key}}` to the model.
 */
export const renderTemplate = (body: string, values: Partial<Record<ContextKey, string>>): string =>
  body.replace(TOKEN, (whole, inner: string | undefined) => {
    if (inner === undefined) {
      return '{{';
    }
    const name = inner.trim();
    return isContextKey(name) ? (values[name] ?? '') : whole;
  });
