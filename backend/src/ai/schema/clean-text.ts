// PostgreSQL refuses NUL in text and jsonb, and an unpaired UTF-16 surrogate is not valid text
// anywhere (JSON encoders and UTF-8 writers choke on it). A client sending them gets a 400 at the
// edge; a model sending them is not the client's fault, so its output is cleaned instead: never a
// database error, never a queue retry that pays for the same bad reply again.
const NUL = String.fromCharCode(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without NUL characters and unpaired surrogates. */
export const cleanText = (text: string): string => text.replaceAll(NUL, '').replace(LONE_SURROGATE, '');

/** A parsed JSON value with every string (keys included) cleaned. */
export const cleanJson = (value: unknown): unknown => {
  if (typeof value === 'string') {
    return cleanText(value);
  }
  if (Array.isArray(value)) {
    return value.map(cleanJson);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanJson(item)]));
  }
  return value;
};
