import { isContextKey } from 'src/prompts/context/context-keys';
import type { TemplateKey } from 'src/prompts/context/image-context-keys';

// `{{key}}` is a placeholder; `\{{` is a literal "{{"; every other brace is plain text.
// One regex pass renders a template, so text inserted for a placeholder is never scanned
// again: a client who types "{{user_name}}" sees exactly that in their prompt.
const TOKEN = /\\\{\{|\{\{([^{}]*)\}\}/g;

export interface TemplateProblem {
  /** The placeholder as written, e.g. `{{usr_name}}`. */
  placeholder: string;
  message: string;
}

export interface ParsedTemplate<K extends TemplateKey = TemplateKey> {
  /** Known keys the template uses, in order of first use. */
  keys: K[];
  problems: TemplateProblem[];
}

/**
 * `isKey` is the closed set the template's kind may use: the coaching context keys by default,
 * the image keys for image prompts.
 */
export const parseTemplate = <K extends TemplateKey = TemplateKey>(
  body: string,
  isKey: (name: string) => name is K = isContextKey as unknown as (name: string) => name is K,
): ParsedTemplate<K> => {
  const keys: K[] = [];
  const problems: TemplateProblem[] = [];
  for (const match of body.matchAll(TOKEN)) {
    if (match[1] === undefined) {
      continue;
    }
    const name = match[1].trim();
    if (isKey(name)) {
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
export const renderTemplate = <K extends TemplateKey>(
  body: string,
  values: Partial<Record<K, string>>,
  isKey: (name: string) => name is K = isContextKey as unknown as (name: string) => name is K,
): string =>
  body.replace(TOKEN, (whole, inner: string | undefined) => {
    if (inner === undefined) {
      return '{{';
    }
    const name = inner.trim();
    return isKey(name) ? (values[name] ?? '') : whole;
  });
