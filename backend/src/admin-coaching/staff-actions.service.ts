import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminCoachingErrorCode, AdminCoachingException } from 'src/admin-coaching/admin-coaching.exception';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import type { ApplyActionsResult, RawAction } from 'src/coaching/actions/action.types';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';

/**
 * Staff changes to a client's coaching data go through the action engine as `staff` actions,
 * under the client's state lock and logged in action_logs like any other action, so the
 * engine's rules (legal transitions, unique names) hold for staff too.
 */
@Injectable()
export class StaffActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly states: CoachStateRepository,
    private readonly engine: ActionEngine,
  ) {}

  /**
   * All or nothing: when the engine rejects one action the transaction rolls back and the answer
   * is a 409 naming its reason, since half an edit would surprise whoever asked for it.
   */
  apply(userId: string, actions: RawAction[]): Promise<ApplyActionsResult> {
    if (actions.length === 0) {
      throw new AdminCoachingException(
        AdminCoachingErrorCode.NothingToChange,
        'Nothing to change: give at least one field.',
        HttpStatus.BAD_REQUEST,
      );
    }
    return this.dataSource.transaction(async (db) => {
      const state = await this.states.lockForUser(db, userId);
      const result = await this.engine.apply(db, state, { userId, actions, origin: { source: 'staff' } });
      const rejected = result.rejected[0];
      if (rejected) {
        throw new AdminCoachingException(
          AdminCoachingErrorCode.ChangeRejected,
          `${rejected.message} (${rejected.reason})`,
          HttpStatus.CONFLICT,
        );
      }
      return result;
    });
  }
}
