import { AiErrorCode } from 'src/ai/ai.exception';
import type { ChatMessage, FinishReason, ResponseFormat } from 'src/ai/ai.types';
import { parseStructuredOutput } from 'src/ai/schema/json-schema';

export type CheckedReply = { ok: true; json: unknown } | { ok: false; code: AiErrorCode; message: string };

// The previous reply goes back to the model with what was wrong, but never in full: a runaway
// reply should not double the cost of the repair.
const MAX_ECHOED_REPLY_CHARS = 4_000;

/** Whether a finished reply is usable; for structured replies, parsed and schema-checked. */
export const checkReply = (
  format: ResponseFormat | undefined,
  text: string,
  finishReason: FinishReason,
): CheckedReply => {
  if (finishReason === 'content_filter') {
    return {
      ok: false,
      code: AiErrorCode.ContentFilter,
      message: 'The provider withheld the reply (content filter).',
    };
  }
  if (!format) {
    return finishReason === 'length'
      ? { ok: false, code: AiErrorCode.Truncated, message: 'The reply was cut off at the output limit.' }
      : { ok: true, json: null };
  }
  const parsed = parseStructuredOutput(format.accepts ?? format.schema, text);
  if (parsed.ok) {
    return { ok: true, json: parsed.value };
  }
  if (finishReason === 'length') {
    return {
      ok: false,
      code: AiErrorCode.Truncated,
      message: 'The reply was cut off at the output limit before the JSON was complete.',
    };
  }
  return {
    ok: false,
    code: parsed.reason === 'malformed_json' ? AiErrorCode.MalformedJson : AiErrorCode.SchemaViolation,
    message: parsed.message,
  };
};

/** The turn appended for the one repair attempt: the bad reply and exactly what was wrong. */
export const repairMessages = (previous: string, problem: string): ChatMessage[] => [
  { role: 'assistant', content: previous.slice(0, MAX_ECHOED_REPLY_CHARS) },
  {
    role: 'user',
    content: `${problem} Reply again with only one JSON object that matches the required schema, keeping it concise.`,
  },
];
