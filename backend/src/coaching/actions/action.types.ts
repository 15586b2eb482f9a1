import type { Action, ActionParamsMap, ActionType } from 'src/curriculum/actions';
import type { Component } from 'src/curriculum/component.types';
import type { ActionSource } from 'src/coaching/entities/action-log.entity';
import type { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import type { ActionRejectionCode } from 'src/coaching/actions/action-rejection';

export type { ActionSource };

/** An action as it arrives from the model or a client, before any validation. */
export interface RawAction {
  type: unknown;
  params?: unknown;
}

export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/**
 * Who is acting. The model may only use the actions its phase prompt allows; buttons only
 * the types cards carry; staff anything, including moving a client back to an earlier phase.
 */
export type ActionOrigin =
  | {
      source: 'model';
      allowedActions: readonly ActionType[];
      /**
       * The brainstorming hand-off pass: the coach opens the area its first reply moved to, so
       * it may not move the focus again (the conversation and the stored focus would disagree).
       */
      focusLocked?: boolean;
    }
  | { source: 'button' }
  | { source: 'staff' };

export interface ApplyActionsInput {
  userId: string;
  actions: readonly RawAction[];
  origin: ActionOrigin;
  turnId?: string | null;
  /** The message the actions belong to (the coach reply, or the card a button was on). */
  messageId?: string | null;
}

export interface AppliedAction {
  logId: string;
  /** Position in the list as given (the model's order), also the log row's `sequence`. */
  sequence: number;
  type: ActionType;
  params: ActionParamsMap[ActionType];
  /** One past-tense line, as stored in the action log. */
  summary: string;
}

export interface RejectedAction {
  logId: string;
  sequence: number;
  /** As received; may be a type we do not know. */
  type: string;
  params: unknown;
  reason: ActionRejectionCode;
  message: string;
}

export interface ApplyActionsResult {
  applied: AppliedAction[];
  rejected: RejectedAction[];
  /** The card to show with the message: one a component action built, or a session video/break. */
  component: Component | null;
  /** Something a client sees in `GET /coach/state` or the identity list changed. */
  stateChanged: boolean;
  /** `identityFocus` changed: during brainstorming the pipeline runs one more pass. */
  focusChanged: boolean;
  phaseChanged: boolean;
  /** The coach state after the actions, as saved in the transaction. */
  state: CoachStateEntity;
}

/** What a handler reports for one action. */
export type ActionOutcome =
  | { ok: true; summary: string; component?: Component }
  | { ok: false; reason: ActionRejectionCode; message: string };
