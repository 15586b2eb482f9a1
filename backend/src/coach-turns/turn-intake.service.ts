import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type ButtonPressResult, ButtonPressService } from 'src/coaching/buttons/button-press.service';
import { PHASE_INFO } from 'src/curriculum/phases';
import { CoachingException } from 'src/coaching/coaching.exception';
import { coachTextForCard } from 'src/coaching/components/card-copy';
import type { Component } from 'src/curriculum/component.types';
import type { TurnEntity, TurnInput } from 'src/coaching/entities/turn.entity';
import { BreakRepository } from 'src/coaching/repositories/break.repository';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import {
  CoachStateRepository,
  type LockedCoachState,
} from 'src/coaching/repositories/coach-state.repository';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import {
  SAFETY_RECENT_MESSAGES,
  SAFETY_SCREEN,
  type SafetyScreen,
  type SafetyTurnReply,
  type TurnSafetyVerdict,
} from 'src/safety/turn-safety-screen';
import { CoachStarter } from 'src/coaching/state/coach-starter.service';
import { TurnLeaseService } from 'src/coach-turns/turn-lease.service';
import { TurnPublisher } from 'src/coach-turns/turn.publisher';
import { TurnQuotaService } from 'src/coach-turns/turn-quota.service';
import { turnRequestHash } from 'src/coach-turns/turn-request';
import { type TurnResultView, TurnViewService } from 'src/coach-turns/turn-view.service';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { SentinelScheduler } from 'src/sentinel/sentinel-scheduler.service';

export interface TurnSubmission {
  userId: string;
  input: TurnInput;
  idempotencyKey: string | null;
}

/** What became of a submitted turn: the model answers it later, or it is already answered. */
export type TurnAdmission =
  { kind: 'queued'; turn: TurnEntity } | { kind: 'answered'; turn: TurnEntity; result: TurnResultView };

/** What the intake transaction wrote. */
interface Admitted {
  turn: TurnEntity;
  /** The model answers: the turn is queued for the coach.turn job. */
  usesModel: boolean;
  /** The card that is the whole reply (no model call), to publish as an event. */
  component: Component | null;
  /**
   * The sentinel has news: the client typed a message the safety screen did not flag and the
   * curriculum is not on hold. Button reply texts carry no news of their own.
   */
  remember: boolean;
  /** The client's previous turn, failed here because its process died (its lease ran out). */
  lostTurnIds: string[];
  /** The client's memory setting, read under the state lock (the sentinel need not read it). */
  memoryEnabled: boolean;
}

const COACH_TURN_ATTEMPTS = 3;

/** Like Promise.all, but waits for every promise to settle; then throws the first failure. */
const settleAll = async <T extends readonly unknown[]>(promises: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> => {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
};

const violatedConstraint = (error: unknown): string | null => {
  if (!(error instanceof QueryFailedError)) {
    return null;
  }
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' ? (driver.constraint ?? null) : null;
};

/**
 * Steps 1–4 of a turn, up to the queue: idempotency, safety screen, quotas, then in one
 * transaction under the client's state lock the button press, the client's message and the
 * turn row. A turn the model must answer is enqueued after commit; the rest are done here and
 * published at once. The state row is locked and read once; everything below works on that copy.
 */
@Injectable()
export class TurnIntakeService {
  private readonly logger = new Logger(TurnIntakeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly starter: CoachStarter,
    private readonly states: CoachStateRepository,
    private readonly turns: TurnRepository,
    private readonly messages: ChatMessageRepository,
    private readonly breaks: BreakRepository,
    private readonly buttons: ButtonPressService,
    private readonly quota: TurnQuotaService,
    private readonly queue: QueueService,
    @Inject(SAFETY_SCREEN) private readonly safety: SafetyScreen,
    private readonly sentinel: SentinelScheduler,
    private readonly publisher: TurnPublisher,
    private readonly views: TurnViewService,
    private readonly leases: TurnLeaseService,
  ) {}

  async submit(submission: TurnSubmission): Promise<TurnAdmission> {
    const { userId, input, idempotencyKey } = submission;
    const requestHash = idempotencyKey ? turnRequestHash(input) : null;
    // An idempotent retry gets its turn back even when a quota ran out since the original.
    if (idempotencyKey) {
      const existing = await this.turns.findByIdempotencyKey(this.dataSource.manager, userId, idempotencyKey);
      if (existing) {
        return this.replay(existing, requestHash);
      }
    }
    // The quota counts come with the messages the safety screen reads as context (one round
    // trip); the message is screened before the quota is enforced, as before. The three waits
    // overlap: the screen's moderation call goes out while the counts are read, and the queue is
    // pinged meanwhile.
    const typed = input.message !== null;
    const reading = this.quota.read(userId, typed, typed ? SAFETY_RECENT_MESSAGES : 0);
    const screening: Promise<TurnSafetyVerdict> = input.message
      ? this.safety.screen({
          userId,
          message: input.message,
          recentMessages: reading.then((read) => read.recentMessages),
        })
      : Promise.resolve({ flagged: false as const });
    // Refuse before writing anything when the queue is down: a turn admitted now could only be
    // failed at once, leaving a failed turn and the client's message behind for nothing.
    // All three settle before anything is thrown, so a flag is always stored before the answer.
    const [counts, verdict] = await settleAll([reading, screening, this.queue.ping()] as const);
    this.quota.check(counts);

    let admitted: Admitted | { replay: TurnEntity };
    try {
      admitted = await this.dataSource.transaction((db) => this.admit(db, submission, requestHash, verdict));
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_turns_user_running') {
        throw CoachingException.turnInProgress();
      }
      if (constraint !== 'uq_turns_user_idempotency_key') {
        throw error;
      }
      // Every insert takes the state lock first, so this is a safety net, not a path in use.
      const existing = await this.turns.findByIdempotencyKey(
        this.dataSource.manager,
        userId,
        idempotencyKey ?? '',
      );
      if (!existing) {
        throw CoachingException.turnNotFound();
      }
      admitted = { replay: existing };
    }
    if ('replay' in admitted) {
      return this.replay(admitted.replay, requestHash);
    }
    await this.leases.announceLost(admitted.lostTurnIds);
    if (admitted.usesModel) {
      await this.enqueue(admitted.turn);
    }
    // After commit, so the job can read the message; it never throws and checks memoryEnabled.
    if (admitted.remember) {
      await this.sentinel.afterUserMessage(userId, Date.now(), admitted.memoryEnabled);
    }
    if (admitted.usesModel) {
      return { kind: 'queued', turn: admitted.turn };
    }
    const result = await this.publisher.answered(admitted.turn, admitted.component);
    return { kind: 'answered', turn: admitted.turn, result };
  }

  private async admit(
    db: EntityManager,
    { userId, input, idempotencyKey }: TurnSubmission,
    requestHash: string | null,
    verdict: TurnSafetyVerdict,
  ): Promise<Admitted | { replay: TurnEntity }> {
    // The state row lock serialises this client's turns: concurrent duplicates queue up here,
    // and find the turn the first one wrote.
    const state = await this.starter.lockStarted(db, userId);
    const blockers = await this.turns.admissionCheck(db, userId, idempotencyKey);
    if (blockers.keyed) {
      return { replay: blockers.keyed };
    }
    // A running turn whose process died (its lease ran out) is failed here instead of blocking.
    const lostTurnIds = blockers.running ? await this.leases.failExpiredOf(db, userId) : [];
    if (blockers.running && lostTurnIds.length === 0) {
      throw CoachingException.turnInProgress();
    }
    // On a break the composer is disabled: only the break card's button moves things on. Only
    // a button's actions open or end a break, so for a typed message this answer holds below.
    if (!input.button && blockers.openBreak) {
      throw CoachingException.onBreak();
    }
    const turn = await this.turns.insert(db, {
      userId,
      input,
      idempotencyKey,
      requestHash,
      leaseExpiresAt: this.leases.queuedUntil(),
    });
    // The press's actions change `state` in place, so it is the state after the press below.
    const press = input.button
      ? await this.buttons.press(db, state, {
          userId,
          messageId: input.button.messageId,
          buttonId: input.button.buttonId,
          actions: input.actions as { type: unknown; params?: unknown }[],
          turnId: turn.id,
        })
      : null;
    const said = input.message ?? press?.reply ?? null;
    const clientMessage = said
      ? await this.messages.insert(db, { userId, role: 'user', content: said, turnId: turn.id })
      : null;
    if (verdict.flagged && clientMessage) {
      await this.safety.attachMessage(db, verdict.eventId, clientMessage.id);
    }
    // Safety answers first: a flag, a press on the resources card, or a message while on hold
    // gets the safety reply instead of the curriculum (and never reaches the model).
    const safetyReply = await this.safetyReply(db, userId, verdict, press, state, said);
    const component = safetyReply ? safetyReply.component : (press?.result?.component ?? null);
    if (safetyReply) {
      await this.messages.insert(db, {
        userId,
        role: 'coach',
        content: safetyReply.message,
        component: safetyReply.component,
        turnId: turn.id,
      });
    } else if (component) {
      await this.messages.insert(db, {
        userId,
        role: 'coach',
        content: coachTextForCard(component) ?? '',
        component,
        turnId: turn.id,
      });
    }
    const usesModel =
      !safetyReply &&
      !component &&
      PHASE_INFO[state.currentPhase].usesModel &&
      state.safetyHold === null &&
      !(input.button && (await this.breaks.findOpen(db, userId)));
    if (!usesModel) {
      await this.turns.markAnswered(db, turn, new Date());
    }
    const typed = Boolean(input.message) && !input.button;
    const remember = typed && !verdict.flagged && !safetyReply && state.safetyHold === null;
    return { turn, usesModel, component, remember, lostTurnIds, memoryEnabled: blockers.memoryEnabled };
  }

  private async safetyReply(
    db: EntityManager,
    userId: string,
    verdict: TurnSafetyVerdict,
    press: ButtonPressResult | null,
    state: LockedCoachState,
    said: string | null,
  ): Promise<SafetyTurnReply | null> {
    if (verdict.flagged) {
      return verdict.reply;
    }
    if (press?.cardKind === 'safety_resources') {
      return this.safety.answerCardPress(db, userId, press.button.id, state.currentPhase);
    }
    if (state.safetyHold !== null && said) {
      return this.safety.heldReply(state.currentPhase);
    }
    return null;
  }

  private async replay(turn: TurnEntity, requestHash: string | null): Promise<TurnAdmission> {
    if (turn.requestHash !== requestHash) {
      throw CoachingException.idempotencyKeyReused();
    }
    if (turn.status === 'queued' || turn.status === 'streaming') {
      return { kind: 'queued', turn };
    }
    if (turn.status === 'done') {
      // Its events went out with the original request (or expired): only the result is read.
      return { kind: 'answered', turn, result: await this.views.resultOf(turn) };
    }
    // The same request after a provider failure retries the same turn (its message is kept).
    const lostTurnIds = await this.dataSource.transaction(async (db) => {
      await this.states.lockForUser(db, turn.userId);
      const lost = (await this.turns.hasRunning(db, turn.userId))
        ? await this.leases.failExpiredOf(db, turn.userId)
        : null;
      if (lost?.length === 0) {
        throw CoachingException.turnInProgress();
      }
      await this.turns.requeue(db, turn, this.leases.queuedUntil());
      return lost ?? [];
    });
    await this.leases.announceLost(lostTurnIds);
    // Before the job and the response: whoever subscribes next joins this attempt, not the
    // failed one's partial text and error.
    await this.publisher.attemptStarted(turn.id, turn.attempt);
    await this.enqueue(turn);
    return { kind: 'queued', turn };
  }

  private async enqueue(turn: TurnEntity): Promise<void> {
    // A requeued turn needs a fresh job id: BullMQ keeps finished ids and would ignore it.
    const jobId = `coach-turn-${turn.id}-${turn.updatedAt.getTime()}-${Date.now()}`;
    try {
      await this.queue.enqueue(
        QueueName.Coach,
        'coach.turn',
        { turnId: turn.id },
        { jobId, attempts: COACH_TURN_ATTEMPTS, backoffMs: 500 },
      );
    } catch (error) {
      // Without a job nobody would ever finish the turn and the client would stay blocked.
      this.logger.error({ err: error, turnId: turn.id }, 'Could not enqueue a coach turn');
      await this.turns.markFailed(this.dataSource.manager, turn.id, 'queue_unavailable', new Date());
      throw error;
    }
  }
}
