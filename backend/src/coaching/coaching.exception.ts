import { HttpStatus } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';

// Stable codes clients translate; never rename one that shipped.
export enum CoachingErrorCode {
  IdentityNotFound = 'identity_not_found',
  MessageNotFound = 'message_not_found',
  DuplicateIdentityName = 'duplicate_identity_name',
  InvalidIdentity = 'invalid_identity',
  InvalidReorder = 'invalid_reorder',
  InvalidCursor = 'invalid_cursor',
  ButtonNotOffered = 'button_not_offered',
  CardNotInteractive = 'card_not_interactive',
  CardExpired = 'card_expired',
  TurnInProgress = 'turn_in_progress',
  OnBreak = 'on_break',
  EmptyTurn = 'empty_turn',
  IdempotencyKeyReused = 'idempotency_key_reused',
  TurnNotFound = 'turn_not_found',
  InvalidLastEventId = 'invalid_last_event_id',
  TurnRateLimited = 'turn_rate_limited',
  DailyTokenBudgetExceeded = 'daily_token_budget_exceeded',
  InvalidSnapshot = 'invalid_snapshot',
}

export class CoachingException extends AppException {
  constructor(code: CoachingErrorCode, message: string, status: HttpStatus, details?: ErrorDetail[]) {
    super(code, message, status, details);
  }

  // Unknown ids and other clients' ids look the same, so ids cannot be probed.
  static identityNotFound(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.IdentityNotFound,
      'Identity not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static messageNotFound(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.MessageNotFound,
      'Message not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static duplicateName(name: string): CoachingException {
    const message = `You already have an identity called “${name}”.`;
    return new CoachingException(CoachingErrorCode.DuplicateIdentityName, message, HttpStatus.CONFLICT, [
      { field: 'name', message },
    ]);
  }

  static invalidIdentity(field: string, message: string): CoachingException {
    return new CoachingException(CoachingErrorCode.InvalidIdentity, message, HttpStatus.BAD_REQUEST, [
      { field, message },
    ]);
  }

  static invalidReorder(message: string): CoachingException {
    return new CoachingException(CoachingErrorCode.InvalidReorder, message, HttpStatus.BAD_REQUEST, [
      { field: 'ids', message },
    ]);
  }

  static invalidCursor(): CoachingException {
    const message = 'The cursor does not point at one of your messages.';
    return new CoachingException(CoachingErrorCode.InvalidCursor, message, HttpStatus.BAD_REQUEST, [
      { field: 'before', message },
    ]);
  }

  static buttonNotOffered(message: string): CoachingException {
    return new CoachingException(CoachingErrorCode.ButtonNotOffered, message, HttpStatus.BAD_REQUEST, [
      { field: 'actions', message },
    ]);
  }

  static cardNotInteractive(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.CardNotInteractive,
      'That card has no buttons to press any more.',
      HttpStatus.CONFLICT,
    );
  }

  static cardExpired(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.CardExpired,
      'That card belongs to an earlier step of your coaching.',
      HttpStatus.CONFLICT,
    );
  }

  static onBreak(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.OnBreak,
      'You are on a break. Press “I’m ready” to continue.',
      HttpStatus.CONFLICT,
    );
  }

  static turnInProgress(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.TurnInProgress,
      'The coach is still answering your previous message.',
      HttpStatus.CONFLICT,
    );
  }

  static emptyTurn(): CoachingException {
    const message = 'Send a message, press a button, or both.';
    return new CoachingException(CoachingErrorCode.EmptyTurn, message, HttpStatus.BAD_REQUEST, [
      { field: 'message', message },
    ]);
  }

  static idempotencyKeyReused(): CoachingException {
    return new CoachingException(
      CoachingErrorCode.IdempotencyKeyReused,
      'This Idempotency-Key was already used for a different request.',
      HttpStatus.CONFLICT,
    );
  }

  static turnNotFound(): CoachingException {
    return new CoachingException(CoachingErrorCode.TurnNotFound, 'Turn not found.', HttpStatus.NOT_FOUND);
  }

  static invalidLastEventId(): CoachingException {
    const message = 'Last-Event-ID must be the id of an event of this turn (a positive integer).';
    return new CoachingException(CoachingErrorCode.InvalidLastEventId, message, HttpStatus.BAD_REQUEST, [
      { field: 'Last-Event-ID', message },
    ]);
  }
}

/** A per-client quota ran out: 429 with the reason and when to try again (Retry-After). */
export class TurnQuotaException extends CoachingException {
  readonly retryAfterSeconds: number;

  constructor(
    code: CoachingErrorCode.TurnRateLimited | CoachingErrorCode.DailyTokenBudgetExceeded,
    message: string,
    retryAfterSeconds: number,
  ) {
    super(code, message, HttpStatus.TOO_MANY_REQUESTS);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
