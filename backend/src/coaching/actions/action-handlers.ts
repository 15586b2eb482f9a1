import type { Provider } from '@nestjs/common';
import { ACTION_HANDLERS, type ActionHandler } from 'src/coaching/actions/action-handler';
import { CardHandler } from 'src/coaching/actions/handlers/card.handler';
import { CategoryHandler } from 'src/coaching/actions/handlers/category.handler';
import { ClientListsHandler } from 'src/coaching/actions/handlers/client-lists.handler';
import { IdentityCreateHandler } from 'src/coaching/actions/handlers/identity-create.handler';
import { IdentityEditHandler } from 'src/coaching/actions/handlers/identity-edit.handler';
import { IdentityMergeHandler } from 'src/coaching/actions/handlers/identity-merge.handler';
import { IdentityProgressHandler } from 'src/coaching/actions/handlers/identity-progress.handler';
import { PhaseTransitionHandler } from 'src/coaching/actions/handlers/phase-transition.handler';
import { SessionBreakHandler } from 'src/coaching/actions/handlers/session-break.handler';

/** Every action handler, in one list: the coaching module registers these and no others. */
export const ACTION_HANDLER_CLASSES = [
  IdentityCreateHandler,
  IdentityEditHandler,
  IdentityProgressHandler,
  IdentityMergeHandler,
  PhaseTransitionHandler,
  CategoryHandler,
  ClientListsHandler,
  CardHandler,
  SessionBreakHandler,
];

/** The handlers and the ACTION_HANDLERS list the engine receives them through. */
export const ACTION_HANDLER_PROVIDERS: Provider[] = [
  ...ACTION_HANDLER_CLASSES,
  {
    provide: ACTION_HANDLERS,
    useFactory: (...handlers: ActionHandler[]) => handlers,
    inject: ACTION_HANDLER_CLASSES,
  },
];
