import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { CoachingException } from 'src/coaching/coaching.exception';
import type { TurnInput } from 'src/coaching/entities/turn.entity';
import type { CreateTurnDto } from 'src/coach-turns/dto/turn.dto';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
};

/** The turn input as stored: blank text is no text; actions always come with their button. */
export const normaliseTurnInput = (dto: CreateTurnDto): TurnInput => {
  const message = dto.message?.trim() ? dto.message : null;
  const actions = (dto.actions ?? []).map((action) => ({ type: action.type, params: action.params }));
  const button = dto.button ? { messageId: dto.button.messageId, buttonId: dto.button.buttonId } : null;
  if (!message && !button) {
    throw CoachingException.emptyTurn();
  }
  if (actions.length > 0 && !button) {
    const text = 'Button actions need `button`: the card’s message and the button pressed.';
    throw new AppException(CommonErrorCode.ValidationFailed, text, HttpStatus.BAD_REQUEST, [
      { field: 'button', message: text },
    ]);
  }
  return { message, button, actions };
};

/** Same key + same hash → the same turn; key order inside params does not matter. */
export const turnRequestHash = (input: TurnInput): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');

export const parseIdempotencyKey = (header: string | string[] | undefined): string | null => {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    return null;
  }
  if (!IDEMPOTENCY_KEY.test(value)) {
    const text = 'Idempotency-Key must be 1–200 visible ASCII characters.';
    throw new AppException(CommonErrorCode.ValidationFailed, text, HttpStatus.BAD_REQUEST, [
      { field: 'Idempotency-Key', message: text },
    ]);
  }
  return value;
};

/** SSE resume point: absent → 0; anything but a non-negative integer → 400. */
export const parseLastEventId = (header: string | string[] | undefined): number => {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    return 0;
  }
  const id = /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(id)) {
    throw CoachingException.invalidLastEventId();
  }
  return id;
};
