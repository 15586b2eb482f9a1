import type { ResponseFormat } from 'src/ai/ai.types';
import { NOTE_TEXT_MAX } from 'src/notes/entities/user-note.entity';

export type NoteOperation =
  { op: 'add'; text: string } | { op: 'update'; id: string; text: string } | { op: 'delete'; id: string };

/** One operation of the model's reply after validation: usable, or why it is not. */
export type CheckedOperation = { ok: true; operation: NoteOperation } | { ok: false; reason: string };

export const SENTINEL_OPS_MAX = 20;

// Strict structured output wants every property required and no nulls in our schema subset, so
// an operation is flat: `id` is "" for add, `text` is "" for delete.
export const SENTINEL_RESPONSE_FORMAT: ResponseFormat = {
  name: 'sentinel_note_operations',
  schema: {
    type: 'object',
    properties: {
      operations: {
        type: 'array',
        maxItems: SENTINEL_OPS_MAX,
        items: {
          type: 'object',
          properties: {
            op: { type: 'string', enum: ['add', 'update', 'delete'] },
            id: { type: 'string', description: 'The note id for update and delete; "" for add.' },
            text: { type: 'string', description: 'The note for add and update; "" for delete.' },
          },
          required: ['op', 'id', 'text'],
          additionalProperties: false,
        },
      },
    },
    required: ['operations'],
    additionalProperties: false,
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cleanText = (value: unknown): string | null => {
  if (typeof value !== 'string') {
    return null;
  }
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= NOTE_TEXT_MAX ? text : null;
};

/**
 * Shape checks only (ids are checked against the client's notes when applied). An id that is
 * not a UUID is rejected here so it can never reach a query and abort the transaction.
 */
export const checkOperation = (raw: unknown): CheckedOperation => {
  if (typeof raw !== 'object' || raw === null) {
    return { ok: false, reason: 'not an object' };
  }
  const { op, id, text } = raw as Record<string, unknown>;
  if (op === 'add') {
    const clean = cleanText(text);
    return clean ? { ok: true, operation: { op, text: clean } } : { ok: false, reason: 'invalid text' };
  }
  if (op !== 'update' && op !== 'delete') {
    return { ok: false, reason: `unknown op ${JSON.stringify(op)}` };
  }
  if (typeof id !== 'string' || !UUID.test(id)) {
    return { ok: false, reason: 'unknown note id' };
  }
  if (op === 'delete') {
    return { ok: true, operation: { op, id } };
  }
  const clean = cleanText(text);
  return clean ? { ok: true, operation: { op, id, text: clean } } : { ok: false, reason: 'invalid text' };
};

/** The operations of a reply, or null when the reply itself is unusable. */
export const operationsOf = (reply: unknown): unknown[] | null => {
  if (typeof reply !== 'object' || reply === null) {
    return null;
  }
  const operations = (reply as { operations?: unknown }).operations;
  return Array.isArray(operations) ? operations.slice(0, SENTINEL_OPS_MAX) : null;
};
