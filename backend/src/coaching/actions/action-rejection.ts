import type { ActionOutcome } from 'src/coaching/actions/action.types';
import type { Component } from 'src/curriculum/component.types';

// Why an action was not applied. Stored in the action log and shown to staff and to the
// model in history: never rename one that shipped.
export enum ActionRejectionCode {
  UnknownAction = 'unknown_action',
  InvalidParams = 'invalid_params',
  NotAllowedInPhase = 'not_allowed_in_phase',
  ButtonOnly = 'button_only',
  NotAButtonAction = 'not_a_button_action',
  IdentityNotFound = 'identity_not_found',
  IdentityArchived = 'identity_archived',
  SameIdentity = 'same_identity',
  DuplicateName = 'duplicate_name',
  NameTooLong = 'name_too_long',
  AlreadyInState = 'already_in_state',
  MissingIAmStatement = 'missing_i_am_statement',
  IllegalTransition = 'illegal_transition',
  OneTransitionPerTurn = 'one_transition_per_turn',
  CategorySkipped = 'category_skipped',
  CategoryAlreadySkipped = 'category_already_skipped',
  CategoryNotSkipped = 'category_not_skipped',
  BreakAlreadyOpen = 'break_already_open',
  NoOpenBreak = 'no_open_break',
  UnknownVideo = 'unknown_video',
  ComponentAlreadyShown = 'component_already_shown',
  SupersededBySessionVideo = 'superseded_by_session_video',
}

export const reject = (reason: ActionRejectionCode, message: string): ActionOutcome => ({
  ok: false,
  reason,
  message,
});

export const done = (summary: string, component?: Component): ActionOutcome =>
  component ? { ok: true, summary, component } : { ok: true, summary };
