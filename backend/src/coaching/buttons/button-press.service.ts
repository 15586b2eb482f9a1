import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import type { ApplyActionsResult, RawAction } from 'src/coaching/actions/action.types';
import { CoachingException } from 'src/coaching/coaching.exception';
import { matchButtonPress } from 'src/coaching/components/button-press.matcher';
import type { CardButton, Component } from 'src/curriculum/component.types';
import { toDisplayOnly } from 'src/coaching/components/display-copy';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import type { LockedCoachState } from 'src/coaching/repositories/coach-state.repository';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';

export interface ButtonPressInput {
  userId: string;
  /** The coach message whose card the button is on. */
  messageId: string;
  buttonId?: string | null;
  actions: readonly RawAction[];
  turnId?: string | null;
}

export interface ButtonPressResult {
  button: CardButton;
  /** The kind of card the button was on. */
  cardKind: Component['kind'] | null;
  /** Text to post as the client's message (reply buttons); null for effect-only buttons. */
  reply: string | null;
  /** What the button's actions did; null for reply-only buttons. */
  result: ApplyActionsResult | null;
}

/**
 * Step 3 of a turn: a pressed card button. The press must match a button the card really
 * offers (else a 4xx and nothing is saved); its actions apply as `button` actions; the card
 * becomes its display-only copy so it cannot be pressed twice and renders the same on reload.
 */
@Injectable()
export class ButtonPressService {
  constructor(
    private readonly messages: ChatMessageRepository,
    private readonly engine: ActionEngine,
  ) {}

  /**
   * `state` is the client's state, locked by the caller in this transaction: state first, then
   * the message, the same lock order as every other writer. The button's actions change it in
   * place.
   */
  async press(
    db: EntityManager,
    state: LockedCoachState,
    input: ButtonPressInput,
  ): Promise<ButtonPressResult> {
    const message = await this.messages.findForUpdate(db, input.userId, input.messageId);
    if (!message || message.role !== 'coach') {
      throw CoachingException.messageNotFound();
    }
    const match = matchButtonPress(message.component, input, state.currentPhase);
    if (!match.ok) {
      switch (match.reason) {
        case 'not_interactive':
          throw CoachingException.cardNotInteractive();
        case 'expired':
          throw CoachingException.cardExpired();
        case 'not_offered':
          throw CoachingException.buttonNotOffered(match.message);
        case 'invalid_params':
          throw new AppException(CommonErrorCode.ValidationFailed, match.message, HttpStatus.BAD_REQUEST, [
            { field: 'actions', message: match.message },
          ]);
      }
    }
    const result = match.actions.length
      ? await this.engine.apply(db, state, {
          userId: input.userId,
          actions: match.actions,
          origin: { source: 'button' },
          messageId: message.id,
          turnId: input.turnId ?? null,
        })
      : null;
    if (message.component) {
      await this.messages.setComponent(
        db,
        message.id,
        toDisplayOnly(message.component, match.button, new Date()),
      );
    }
    return {
      button: match.button,
      cardKind: message.component?.kind ?? null,
      reply: match.button.reply,
      result,
    };
  }
}
