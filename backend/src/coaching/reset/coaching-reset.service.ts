import { Inject, Injectable, Logger } from '@nestjs/common';
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
 * What a module above the coaching core does when a client's coaching is wiped (a reset or a
 * test-scenario restore); the studio registers one, as coaching cannot import it.
 */
export interface CoachingResetHook {
  /**
   * Inside the wipe's transaction, under the client's state lock and before any row goes: reads
   * what the rows about to go point to outside the database (files) and returns the work to do
   * once the transaction has committed, or null when there is none.
   */
  beforeWipe(db: EntityManager, userId: string): Promise<(() => Promise<void>) | null>;
}

/** What a wipe leaves to do after its transaction committed; pass it to `CoachingResetService.finish`. */
export interface CoachingWipe {
  /** Turns the wipe failed, for `LostTurnsNotifier`. */
  lostTurnIds: string[];
  afterCommit: (() => Promise<void>)[];
}

/**
 * `POST /coach/reset`: the client starts over. Messages, action logs, identities, breaks,
 * notes and the coach state go; turns stay, because they carry token usage and quotas must
 * not reset with the coaching.
 */
@Injectable()
export class CoachingResetService {
  private readonly logger = new Logger(CoachingResetService.name);
  private readonly hooks: CoachingResetHook[] = [];

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

  register(hook: CoachingResetHook): void {
    this.hooks.push(hook);
  }

  async reset(userId: string): Promise<void> {
    await this.finish(await this.dataSource.transaction((db) => this.wipe(db, userId)));
  }

  /**
   * The reset inside the caller's transaction, which then owns the client's data until it
   * commits (a test scenario writes its template right after). The caller passes what it
   * returns to `finish` once committed.
   */
  async wipe(db: EntityManager, userId: string): Promise<CoachingWipe> {
    // Same lock as every writer, so a reset never interleaves with a turn being applied.
    await this.states.lockForUser(db, userId);
    // A turn whose process died (its lease ran out) blocks nothing: it is failed here.
    const failed = (await this.turns.hasRunning(db, userId))
      ? await this.turns.failExpired(db, new Date(), userId)
      : null;
    if (failed?.length === 0) {
      throw CoachingException.turnInProgress();
    }
    const afterCommit: CoachingWipe['afterCommit'] = [];
    for (const hook of this.hooks) {
      const work = await hook.beforeWipe(db, userId);
      if (work) {
        afterCommit.push(work);
      }
    }
    await this.logs.deleteAllForUser(db, userId);
    await this.messages.deleteAllForUser(db, userId);
    await this.breaks.deleteAllForUser(db, userId);
    await this.notes.deleteAllForUser(db, userId);
    await this.states.deleteForUser(db, userId);
    await this.identities.deleteAllForUser(db, userId);
    return { lostTurnIds: failed ?? [], afterCommit };
  }

  /**
   * After the wipe committed: tells the lost turns' clients and runs the hooks' work. The reset
   * has happened by then, so a hook that fails is logged, never thrown.
   */
  async finish(wipe: CoachingWipe): Promise<void> {
    await this.lostTurns.notify(wipe.lostTurnIds);
    for (const work of wipe.afterCommit) {
      try {
        await work();
      } catch (error) {
        this.logger.error({ err: error }, 'Work after a coaching reset failed; the reset stands');
      }
    }
  }
}
