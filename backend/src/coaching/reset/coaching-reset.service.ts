import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CoachingException } from 'src/coaching/coaching.exception';
import { USER_NOTES_SOURCE, type UserNotesSource } from 'src/notes/user-notes.source';
import { ActionLogRepository } from 'src/coaching/repositories/action-log.repository';
import { BreakRepository } from 'src/coaching/repositories/break.repository';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { LostTurnsNotifier } from 'src/coaching/turns/lost-turns.notifier';

/**
 * `POST /coach/reset`: the client starts over. Messages, action logs, identities, breaks,
 * notes and the coach state go; turns stay, because they carry token usage and quotas must
 * not reset with the coaching.
 */
@Injectable()
export class CoachingResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly states: CoachStateRepository,
    private readonly turns: TurnRepository,
    private readonly identities: IdentityRepository,
    private readonly messages: ChatMessageRepository,
    private readonly logs: ActionLogRepository,
    private readonly breaks: BreakRepository,
    @Inject(USER_NOTES_SOURCE) private readonly notes: UserNotesSource,
    private readonly lostTurns: LostTurnsNotifier,
  ) {}

  async reset(userId: string): Promise<void> {
    const lost = await this.dataSource.transaction((db) => this.wipe(db, userId));
    await this.lostTurns.notify(lost);
  }

  /**
   * The reset inside the caller's transaction, which then owns the client's data until it
   * commits (a test scenario writes its template right after). Returns the ids of the turns it
   * failed, for the caller to pass to `LostTurnsNotifier` once committed.
   */
  async wipe(db: EntityManager, userId: string): Promise<string[]> {
    // Same lock as every writer, so a reset never interleaves with a turn being applied.
    await this.states.lockForUser(db, userId);
    // A turn whose process died (its lease ran out) blocks nothing: it is failed here.
    const failed = (await this.turns.hasRunning(db, userId))
      ? await this.turns.failExpired(db, new Date(), userId)
      : null;
    if (failed?.length === 0) {
      throw CoachingException.turnInProgress();
    }
    await this.logs.deleteAllForUser(db, userId);
    await this.messages.deleteAllForUser(db, userId);
    await this.breaks.deleteAllForUser(db, userId);
    await this.notes.deleteAllForUser(db, userId);
    await this.states.deleteForUser(db, userId);
    await this.identities.deleteAllForUser(db, userId);
    return failed ?? [];
  }
}
