import type { ActionType } from 'src/curriculum/actions';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';

/**
 * Applies one family of actions. Handlers receive actions that already passed the shape,
 * source and phase checks, validate what needs the data (ownership, names, states), write
 * through the workspace's transaction and report an outcome; they never write the log.
 */
export interface ActionHandler<T extends ActionType = ActionType> {
  readonly types: readonly T[];
  apply(workspace: ActionWorkspace, action: ActionOf<T>): Promise<ActionOutcome>;
}

/** Multi-provider token: every handler of the coaching module. */
export const ACTION_HANDLERS = Symbol('ACTION_HANDLERS');
