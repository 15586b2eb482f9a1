import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ACTION_SPECS, type Action, type ActionType } from 'src/curriculum/actions';
import { ACTION_HANDLERS, type ActionHandler } from 'src/coaching/actions/action-handler';
import { checkActionShape } from 'src/coaching/actions/action-shape.validator';
import { reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type {
  ActionOrigin,
  ActionOutcome,
  ApplyActionsInput,
  ApplyActionsResult,
  RawAction,
} from 'src/coaching/actions/action.types';
import { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { Component } from 'src/curriculum/component.types';
import { ActionLogRepository, type NewActionLog } from 'src/coaching/repositories/action-log.repository';
import {
  CoachStateRepository,
  type LockedCoachState,
} from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';

/** Actions apply in the order given, except that a phase transition always comes last. */
export const orderForApply = <A extends RawAction>(actions: readonly A[]): A[] => [
  ...actions.filter((action) => action.type !== 'transition_phase'),
  ...actions.filter((action) => action.type === 'transition_phase'),
];

interface Attempt {
  /** Position in the list as given: logs and reports keep this order, whatever applied first. */
  index: number;
  raw: RawAction;
  action: Action | null;
  outcome: ActionOutcome;
}

const loggedType = (raw: RawAction): string =>
  typeof raw.type === 'string' ? raw.type.slice(0, 60) : `(${typeof raw.type})`;

/** Whether `origin` may use `type` at all, before any data is looked at. */
const permission = (type: ActionType, origin: ActionOrigin): ActionOutcome | null => {
  const spec = ACTION_SPECS[type];
  switch (origin.source) {
    case 'model':
      if (!spec.offeredToModel) {
        return reject(ActionRejectionCode.ButtonOnly, `${type} comes only from a button the client presses.`);
      }
      return origin.allowedActions.includes(type)
        ? null
        : reject(ActionRejectionCode.NotAllowedInPhase, `${type} is not allowed in this phase.`);
    case 'button':
      return spec.carriedByButtons
        ? null
        : reject(ActionRejectionCode.NotAButtonAction, `${type} is not an action a button carries.`);
    case 'staff':
      return null;
  }
};

/** A focus move in a pass that must keep the focus (see `focusLocked`), or null. */
const focusLock = (action: Action, origin: ActionOrigin, focus: IdentityCategory): ActionOutcome | null => {
  if (origin.source !== 'model' || !origin.focusLocked) {
    return null;
  }
  const moves =
    (action.type === 'focus_category' && action.params.category !== focus) ||
    (action.type === 'skip_category' && action.params.category === focus);
  return moves
    ? reject(
        ActionRejectionCode.FocusLocked,
        `The focus stays on ${focus} while the coach opens it; move on after the client answers.`,
      )
    : null;
};

/**
 * Validates and applies a list of actions for one client inside the caller's transaction,
 * logs every one of them (applied, or rejected with a stable reason code) and reports what
 * changed. A rejected action never stops the others; an exception (a bug, a lost connection)
 * propagates so the caller's transaction rolls back and nothing is half applied.
 */
@Injectable()
export class ActionEngine {
  private readonly handlers = new Map<ActionType, ActionHandler>();

  constructor(
    @Inject(ACTION_HANDLERS) handlers: ActionHandler[],
    private readonly states: CoachStateRepository,
    private readonly identities: IdentityRepository,
    private readonly logs: ActionLogRepository,
    private readonly dataSource: DataSource,
  ) {
    for (const handler of handlers) {
      for (const type of handler.types) {
        this.handlers.set(type, handler);
      }
    }
  }

  /** For callers without a transaction of their own (staff tools, tests). */
  applyInTransaction(input: ApplyActionsInput): Promise<ApplyActionsResult> {
    return this.dataSource.transaction(async (db) =>
      this.apply(db, await this.states.lockForUser(db, input.userId), input),
    );
  }

  /**
   * `state` is the client's state as the caller locked it in this transaction (the row lock
   * serialises everything that writes a client's coaching data). Handlers change it in place
   * and it is saved once, so the caller's copy is the state after the actions.
   */
  async apply(
    db: EntityManager,
    state: LockedCoachState,
    input: ApplyActionsInput,
  ): Promise<ApplyActionsResult> {
    if (state.userId !== input.userId) {
      throw new Error(`Actions for ${input.userId} were given the coach state of ${state.userId}`);
    }
    const before = { phase: state.currentPhase, focus: state.identityFocus };
    const workspace = new ActionWorkspace(
      db,
      input.userId,
      input.origin,
      state,
      // A reply without actions (most coach turns) reads and changes no identity.
      input.actions.length > 0 ? await this.identities.listLive(db, input.userId) : [],
      this.identities,
    );

    const attempts: Attempt[] = [];
    let cardAttempt: Attempt | null = null;
    let component: Component | null = null;
    const given = input.actions.map((raw, index) => ({ raw, index, type: raw.type }));
    for (const { raw, index } of orderForApply(given)) {
      const attempt = await this.attempt(workspace, raw, index, attempts, component !== null);
      attempts.push(attempt);
      if (!attempt.outcome.ok || !attempt.outcome.component) {
        continue;
      }
      // One card per message. A session video or break card replaces a card the model asked
      // for in the same reply; that card's action is then reported as not shown.
      if (cardAttempt) {
        cardAttempt.outcome = reject(
          ActionRejectionCode.SupersededBySessionVideo,
          'The session video or break card took this message’s place.',
        );
      }
      component = attempt.outcome.component;
      cardAttempt =
        attempt.action && ACTION_SPECS[attempt.action.type].group === 'component' ? attempt : null;
    }

    if (workspace.stateDirty) {
      await this.states.save(db, state);
    }
    attempts.sort((a, b) => a.index - b.index);
    const logIds = await this.logs.insertMany(
      db,
      attempts.map((attempt) => this.logRow(input, attempt)),
    );
    return this.result(attempts, logIds, component, workspace, before);
  }

  private async attempt(
    workspace: ActionWorkspace,
    raw: RawAction,
    index: number,
    earlier: readonly Attempt[],
    hasComponent: boolean,
  ): Promise<Attempt> {
    const shape = checkActionShape(raw);
    if (!shape.ok) {
      return { index, raw, action: null, outcome: reject(shape.reason, shape.message) };
    }
    const action = shape.action;
    const denied =
      focusLock(action, workspace.origin, workspace.state.identityFocus) ??
      permission(action.type, workspace.origin);
    if (denied) {
      return { index, raw, action, outcome: denied };
    }
    if (
      action.type === 'transition_phase' &&
      earlier.some((attempt) => attempt.outcome.ok && attempt.action?.type === 'transition_phase')
    ) {
      return {
        index,
        raw,
        action,
        outcome: reject(
          ActionRejectionCode.OneTransitionPerTurn,
          'Only one phase transition applies per turn.',
        ),
      };
    }
    if (ACTION_SPECS[action.type].group === 'component' && hasComponent) {
      return {
        index,
        raw,
        action,
        outcome: reject(ActionRejectionCode.ComponentAlreadyShown, 'This message already shows a card.'),
      };
    }
    const handler = this.handlers.get(action.type);
    if (!handler) {
      // Every type has a handler (a unit test checks); reaching this is a wiring bug.
      throw new Error(`No handler for action ${action.type}`);
    }
    return { index, raw, action, outcome: await handler.apply(workspace, action) };
  }

  private logRow(input: ApplyActionsInput, attempt: Attempt): NewActionLog {
    const { outcome } = attempt;
    return {
      userId: input.userId,
      turnId: input.turnId ?? null,
      messageId: input.messageId ?? null,
      type: attempt.action?.type ?? loggedType(attempt.raw),
      params: attempt.action?.params ?? attempt.raw.params ?? {},
      status: outcome.ok ? 'applied' : 'rejected',
      source: input.origin.source,
      sequence: attempt.index,
      summary: outcome.ok ? outcome.summary : null,
      reasonCode: outcome.ok ? null : outcome.reason,
      reason: outcome.ok ? null : outcome.message,
    };
  }

  private result(
    attempts: readonly Attempt[],
    logIds: readonly string[],
    component: Component | null,
    workspace: ActionWorkspace,
    before: { phase: string; focus: string },
  ): ApplyActionsResult {
    const result: ApplyActionsResult = {
      applied: [],
      rejected: [],
      component,
      stateChanged: workspace.anythingChanged,
      focusChanged: workspace.state.identityFocus !== before.focus,
      phaseChanged: workspace.state.currentPhase !== before.phase,
      state: workspace.state,
    };
    attempts.forEach((attempt, index) => {
      const logId = logIds[index] ?? '';
      const { outcome } = attempt;
      if (outcome.ok && attempt.action) {
        result.applied.push({
          logId,
          sequence: attempt.index,
          type: attempt.action.type,
          params: attempt.action.params,
          summary: outcome.summary,
        });
      } else if (!outcome.ok) {
        result.rejected.push({
          logId,
          sequence: attempt.index,
          type: attempt.action?.type ?? loggedType(attempt.raw),
          params: attempt.action?.params ?? attempt.raw.params ?? {},
          reason: outcome.reason,
          message: outcome.message,
        });
      }
    });
    return result;
  }
}
