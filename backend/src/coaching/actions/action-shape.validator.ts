import {
  ACTION_SPECS,
  type Action,
  type ActionType,
  isActionType,
  type ParamKind,
} from 'src/curriculum/actions';
import { isIdentityCategory } from 'src/curriculum/categories';
import { GET_TO_KNOW_YOU_TOPICS, isPhase } from 'src/curriculum/phases';
import { isSession } from 'src/curriculum/sessions';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { RawAction } from 'src/coaching/actions/action.types';

export const ACTION_LIMITS = {
  nameLength: 120,
  noteLength: 1000,
  statementLength: 500,
  textLength: 1000,
  listItemLength: 200,
  listItems: 50,
  identityItems: 30,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VIDEO_KEY = /^[a-z0-9_]{1,80}$/;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

// Creating an identity may come without a note; adding a note needs one.
const EMPTY_NOTE_ALLOWED: readonly ActionType[] = ['create_identity', 'create_identities'];

export type ShapeCheck =
  | { ok: true; action: Action }
  | {
      ok: false;
      reason: ActionRejectionCode.UnknownAction | ActionRejectionCode.InvalidParams;
      message: string;
    };

class ShapeError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collapses runs of whitespace, so "  Early   riser " and "Early riser" are one name. */
export const normaliseName = (value: string): string => value.trim().replace(/\s+/g, ' ');

const text = (type: ActionType, param: string, value: unknown): string => {
  if (typeof value !== 'string') {
    throw new ShapeError(`${param} must be a string`);
  }
  const [normalised, max, mayBeEmpty] =
    param === 'name'
      ? [normaliseName(value), ACTION_LIMITS.nameLength, false]
      : param === 'note'
        ? [value.trim(), ACTION_LIMITS.noteLength, EMPTY_NOTE_ALLOWED.includes(type)]
        : param === 'statement'
          ? [value.trim(), ACTION_LIMITS.statementLength, false]
          : [value.trim(), ACTION_LIMITS.textLength, false];
  if (!mayBeEmpty && normalised.length === 0) {
    throw new ShapeError(`${param} must not be empty`);
  }
  if (normalised.length > max) {
    throw new ShapeError(`${param} must be at most ${max} characters`);
  }
  return normalised;
};

const exactKeys = (value: unknown, keys: readonly string[], what: string): Record<string, unknown> => {
  if (!isRecord(value)) {
    throw new ShapeError(`${what} must be an object`);
  }
  const missing = keys.filter((key) => !(key in value));
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (missing.length) {
    throw new ShapeError(`${what} is missing ${missing.join(', ')}`);
  }
  if (extra.length) {
    throw new ShapeError(`${what} has unknown ${extra.join(', ')}`);
  }
  return value;
};

const param = (type: ActionType, name: string, kind: ParamKind, value: unknown): unknown => {
  switch (kind) {
    case 'text':
      return text(type, name, value);
    case 'identity_id':
      if (!isUuid(value)) {
        throw new ShapeError(`${name} must be an identity id (a UUID)`);
      }
      return value.toLowerCase();
    case 'category':
      if (!isIdentityCategory(value)) {
        throw new ShapeError(`${name} must be a known category`);
      }
      return value;
    case 'phase':
      if (!isPhase(value)) {
        throw new ShapeError(`${name} must be a known phase`);
      }
      return value;
    case 'session':
      if (!isSession(value)) {
        throw new ShapeError(`${name} must be a known session`);
      }
      return value;
    case 'topic':
      if (!(GET_TO_KNOW_YOU_TOPICS as readonly unknown[]).includes(value)) {
        throw new ShapeError(`${name} must be a known topic`);
      }
      return value;
    case 'video_key':
      if (typeof value !== 'string' || !VIDEO_KEY.test(value)) {
        throw new ShapeError(`${name} must be a video key`);
      }
      return value;
    case 'text_list': {
      if (!Array.isArray(value) || value.length > ACTION_LIMITS.listItems) {
        throw new ShapeError(`${name} must be a list of at most ${ACTION_LIMITS.listItems} items`);
      }
      return value.map((item: unknown, index) => {
        if (typeof item !== 'string' || !item.trim() || item.trim().length > ACTION_LIMITS.listItemLength) {
          throw new ShapeError(
            `${name}[${index}] must be non-empty text of at most ${ACTION_LIMITS.listItemLength} characters`,
          );
        }
        return item.trim();
      });
    }
    case 'identity_items': {
      if (!Array.isArray(value) || value.length === 0 || value.length > ACTION_LIMITS.identityItems) {
        throw new ShapeError(`${name} must be a list of 1 to ${ACTION_LIMITS.identityItems} identities`);
      }
      return value.map((item: unknown, index) => {
        const record = exactKeys(item, ['name', 'category', 'note'], `${name}[${index}]`);
        return {
          name: param(type, 'name', 'text', record.name),
          category: param(type, 'category', 'category', record.category),
          note: param(type, 'note', 'text', record.note),
        };
      });
    }
  }
};

/**
 * Checks an action against its spec (known type, exactly the spec's params, each of the
 * right kind and length) and returns it normalised: trimmed text, lower-case ids.
 */
export const checkActionShape = (raw: RawAction): ShapeCheck => {
  if (!isActionType(raw.type)) {
    return {
      ok: false,
      reason: ActionRejectionCode.UnknownAction,
      message: `Unknown action type ${JSON.stringify(raw.type)}.`,
    };
  }
  const type = raw.type;
  const spec = ACTION_SPECS[type];
  const kinds = Object.entries<ParamKind>(spec.params);
  try {
    const params = exactKeys(
      raw.params ?? {},
      kinds.map(([key]) => key),
      'params',
    );
    const normalised = Object.fromEntries(
      kinds.map(([key, kind]) => [key, param(type, key, kind, params[key])]),
    );
    return { ok: true, action: { type, params: normalised } as Action };
  } catch (error) {
    if (error instanceof ShapeError) {
      return { ok: false, reason: ActionRejectionCode.InvalidParams, message: `${type}: ${error.message}.` };
    }
    throw error;
  }
};
