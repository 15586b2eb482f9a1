import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import type { ModerationResult } from 'src/ai/ai.types';
import { LlmService } from 'src/ai/llm.service';
import type { Phase } from 'src/curriculum/phases';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { toRecentMessage } from 'src/coaching/messages/recent-message';
import {
  type CoachSafetyConcern,
  SAFETY_RECENT_MESSAGES,
  type SafetyScreen,
} from 'src/safety/turn-safety-screen';
import type { AllConfig } from 'src/config/config.types';
import { EmailService } from 'src/email/email.service';
import { EmailTemplate } from 'src/email/templates/email-templates';
import { classifyMessage, type SafetyClassification } from 'src/safety/classifier/safety-classifier';
import { INTERNATIONAL } from 'src/safety/config/safety-resources';
import {
  type SafetyEventContext,
  SafetyEventEntity,
  type StoredModeration,
} from 'src/safety/entities/safety-event.entity';
import {
  buildSafetyCard,
  CONTINUE_MESSAGE,
  HELD_MESSAGE,
  RESOURCES_AGAIN_MESSAGE,
  SAFETY_BUTTON_CONTINUE,
  type SafetyReply,
  SUPPORT_MESSAGE,
} from 'src/safety/safety-reply';
import type { SafetyScreenInput, SafetyVerdict } from 'src/safety/safety-screen';
import type { RecentSafetyMessage } from 'src/safety/turn-safety-screen';
import { UsersRepository } from 'src/users/users.repository';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

const RECENT_MESSAGES = SAFETY_RECENT_MESSAGES;
const STORED_TEXT_LIMIT = 4000;
// How long the same flagged words count as a repeat of the open event rather than a new one.
const REPEAT_WINDOW_MS = 15 * 60_000;

/** Moderation categories that start the crisis flow; violence or harassment alone do not. */
const isSelfHarmCategory = (name: string): boolean => /^self[-_ ]?harm/i.test(name);

export const moderationSelfHarm = (result: ModerationResult): boolean =>
  Object.entries(result.categories).some(([name, hit]) => hit && isSelfHarmCategory(name)) ||
  Object.entries(result.scores).some(([name, score]) => isSelfHarmCategory(name) && score >= 0.5);

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : String(error).slice(0, 500);

/**
 * Screens every client message before a turn spends anything: the provider's moderation
 * endpoint and the offline classifier, together. Either one flagging is enough; a moderation
 * failure (down, slow, refused) leaves the classifier to decide, so a message is never let
 * through unscreened and a turn never fails because of the screen.
 */
@Injectable()
export class SafetyService implements SafetyScreen {
  private readonly logger = new Logger(SafetyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly llm: LlmService,
    private readonly coachStates: CoachStateRepository,
    private readonly chatMessages: ChatMessageRepository,
    private readonly users: UsersRepository,
    private readonly email: EmailService,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly webhooks: WebhooksPublisher,
  ) {}

  /**
   * The SafetyScreen the turn pipeline calls. On a flag the event is stored and the hold set
   * (under the client's coach_states lock) before this resolves, and the staff alert is queued.
   * Pass `db` only from inside a transaction that should own those writes.
   */
  async screen(input: SafetyScreenInput, db?: EntityManager): Promise<SafetyVerdict> {
    const text = (input.text ?? input.message ?? '').trim();
    if (!text) {
      return { flagged: false, classifier: null, moderation: null };
    }
    // Moderation needs only the words, so it goes out first and runs while the recent messages
    // are read and the (synchronous) classifier works; it never rejects.
    const moderating = this.moderate(input.userId, text);
    const recent = await (input.recentMessages ??
      this.loadRecentMessages(db ?? this.dataSource.manager, input));
    const previousOwn = recent.filter((message) => message.role === 'user').map((message) => message.content);
    const classifier = classifyMessage(text, previousOwn.slice(-1));
    const moderation = await moderating;
    const byClassifier = classifier.verdict === 'flag';
    const byModeration = moderation.status === 'ok' && moderation.selfHarm;
    if (!byClassifier && !byModeration) {
      return { flagged: false, classifier, moderation };
    }

    const flaggedBy = byClassifier && byModeration ? 'both' : byClassifier ? 'classifier' : 'moderation';
    const reason = this.reasonFor(classifier, moderation, flaggedBy);
    const context: Omit<SafetyEventContext, 'phase'> = {
      recentMessages: recent.slice(-RECENT_MESSAGES).map((message) => ({
        role: message.role,
        content: message.content.slice(0, 1000),
        at: message.at ?? null,
      })),
    };
    const write = (manager: EntityManager) =>
      this.recordFlag(manager, {
        userId: input.userId,
        messageId: input.messageId ?? null,
        text,
        flaggedBy,
        classifier,
        moderation,
        context,
        reason,
      });
    const { event, phase } = db ? await write(db) : await this.dataSource.transaction(write);
    if (!db) {
      await this.queueAlert(event.id);
    } else {
      // Inside the caller's transaction the row is not visible to others yet; queue after commit
      // is the caller's job through queueAlert(). Queueing here would mail about an event that a
      // rollback could still remove.
      this.logger.debug(
        `Safety event ${event.id} stored in the caller's transaction; alert left to the caller`,
      );
    }
    this.logger.warn(`Safety flag for user ${input.userId}: event ${event.id} (${reason})`);
    return {
      flagged: true,
      reason,
      eventId: event.id,
      reply: { message: SUPPORT_MESSAGE, component: this.card(phase, input.country) },
      classifier,
      moderation,
    };
  }

  async raiseFromCoach(
    db: EntityManager,
    input: CoachSafetyConcern,
  ): Promise<{ eventId: string; reply: { message: string; component: ReturnType<SafetyService['card']> } }> {
    const text = input.text.trim() || input.concern;
    const recent = await this.loadRecentMessages(db, { userId: input.userId, message: text });
    // The classifier's view of the same words is kept for staff, whatever it decided.
    const classifier = classifyMessage(text, []);
    const concern = input.concern.trim().slice(0, 300);
    const { event, phase } = await this.recordFlag(db, {
      userId: input.userId,
      messageId: input.messageId,
      text,
      flaggedBy: 'coach',
      classifier,
      moderation: { status: 'skipped', provider: 'coach', reason: 'raised by the coach model in its reply' },
      context: {
        recentMessages: recent.slice(-RECENT_MESSAGES).map((message) => ({
          role: message.role,
          content: message.content.slice(0, 1000),
          at: message.at ?? null,
        })),
      },
      reason: `coach: ${concern}`,
    });
    this.logger.warn(`Safety concern raised by the coach for user ${input.userId}: event ${event.id}`);
    return { eventId: event.id, reply: { message: SUPPORT_MESSAGE, component: this.card(phase) } };
  }

  async attachMessage(db: EntityManager, eventId: string, messageId: string): Promise<void> {
    await db
      .getRepository(SafetyEventEntity)
      .createQueryBuilder()
      .update()
      .set({ messageId })
      .where('id = :eventId AND message_id IS NULL', { eventId })
      .execute();
  }

  /** The reply while a hold is on and the client writes something that is not a flag. */
  heldReply(phase: Phase, country?: string | null): SafetyReply {
    return { message: HELD_MESSAGE, component: this.card(phase, country) };
  }

  /**
   * A press on the safety card, inside the turn's transaction. `continue` lifts the hold (the
   * staff event stays open: only staff resolve it); anything else shows the card again.
   */
  async answerCardPress(
    db: EntityManager,
    userId: string,
    buttonId: string,
    phase: Phase,
    country?: string | null,
  ): Promise<{ message: string; component: SafetyReply['component'] | null }> {
    if (buttonId === SAFETY_BUTTON_CONTINUE) {
      await this.releaseHold(userId, db);
      return { message: CONTINUE_MESSAGE, component: null };
    }
    return { message: RESOURCES_AGAIN_MESSAGE, component: this.card(phase, country) };
  }

  /**
   * The client chose to continue: the curriculum resumes. Open events are untouched, so staff
   * still review them; a later flagged message sets the hold again.
   */
  async releaseHold(userId: string, db?: EntityManager): Promise<boolean> {
    const run = async (manager: EntityManager): Promise<boolean> => {
      const state = await this.coachStates.lockForUser(manager, userId);
      if (!state.safetyHold) {
        return false;
      }
      state.safetyHold = null;
      await this.coachStates.save(manager, state);
      return true;
    };
    return db ? run(db) : this.dataSource.transaction(run);
  }

  /**
   * Queues the staff alert for an event, at most once (the event row's alert_queued_at is the
   * claim). Resolves to the number of emails queued; 0 when already done or nobody to tell.
   */
  async queueAlert(eventId: string): Promise<number> {
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(SafetyEventEntity)
      .set({ alertQueuedAt: () => 'now()' })
      .where('id = :eventId AND alert_queued_at IS NULL', { eventId })
      .returning(['id'])
      .execute();
    if ((claimed.raw as unknown[]).length === 0) {
      return 0;
    }
    try {
      const event = await this.dataSource.manager
        .getRepository(SafetyEventEntity)
        .findOneByOrFail({ id: eventId });
      const recipients = await this.alertRecipients();
      if (recipients.length === 0) {
        this.logger.error(`Safety event ${eventId}: no staff address to alert; review it in the back office`);
        return 0;
      }
      const [client] = await this.users.findContacts([event.userId]);
      const name = client ? `${client.firstName} ${client.lastName}`.trim() : '';
      const variables = {
        clientLabel: name
          ? `${name} (client ${event.userId.slice(0, 8)})`
          : `client ${event.userId.slice(0, 8)}`,
        summary: this.alertSummary(event),
        reviewUrl: `${this.config.get('app.publicUrl', { infer: true })}/admin/safety-events/${event.id}/show`,
      };
      for (const to of recipients) {
        await this.email.queueEmail({
          template: EmailTemplate.StaffSafetyAlert,
          to,
          userId: null,
          variables,
        });
      }
      return recipients.length;
    } catch (error) {
      // Give the claim back so a later call (or a retry of the screen) can alert.
      await this.dataSource
        .createQueryBuilder()
        .update(SafetyEventEntity)
        .set({ alertQueuedAt: null })
        .where('id = :eventId', { eventId })
        .execute();
      this.logger.error(`Safety event ${eventId}: could not queue the staff alert: ${describeError(error)}`);
      return 0;
    }
  }

  /** Events nobody has resolved yet (the back-office dashboard); ix_safety_events_status_created. */
  countOpen(): Promise<number> {
    return this.dataSource.getRepository(SafetyEventEntity).count({ where: { status: 'open' } });
  }

  private async moderate(userId: string, text: string): Promise<StoredModeration> {
    const provider = this.llm.providerName;
    try {
      const result = await this.llm.moderate(text, {
        userId,
        signal: AbortSignal.timeout(this.config.get('safety.moderationTimeoutMs', { infer: true })),
      });
      return {
        status: 'ok',
        provider: result.provider,
        flagged: result.flagged,
        selfHarm: moderationSelfHarm(result),
        categories: result.categories,
        scores: result.scores,
      };
    } catch (error) {
      // Never fatal: the offline classifier has already screened the message.
      this.logger.warn(
        `Moderation failed for user ${userId}; the offline classifier decides: ${describeError(error)}`,
      );
      return { status: 'error', provider, error: describeError(error) };
    }
  }

  private async recordFlag(
    db: EntityManager,
    flag: {
      userId: string;
      messageId: string | null;
      text: string;
      flaggedBy: SafetyEventEntity['flaggedBy'];
      classifier: SafetyClassification;
      moderation: StoredModeration;
      context: Omit<SafetyEventContext, 'phase'>;
      reason: string;
    },
  ): Promise<{ event: SafetyEventEntity; phase: Phase }> {
    // Lock order as everywhere: the client's state row first, then everything else.
    const state = await this.coachStates.lockForUser(db, flag.userId);
    const events = db.getRepository(SafetyEventEntity);
    // The same words again soon after (a retry without Idempotency-Key, a double send) belong
    // to the event already open for them: staff get one event, not one per attempt.
    const existing = flag.messageId
      ? await events.findOne({ where: { userId: flag.userId, messageId: flag.messageId } })
      : await events.findOne({
          where: {
            userId: flag.userId,
            status: 'open',
            messageText: flag.text.slice(0, STORED_TEXT_LIMIT),
            createdAt: MoreThan(new Date(Date.now() - REPEAT_WINDOW_MS)),
          },
        });
    const event =
      existing ??
      (await events.save(
        events.create({
          userId: flag.userId,
          messageId: flag.messageId,
          messageText: flag.text.slice(0, STORED_TEXT_LIMIT),
          flaggedBy: flag.flaggedBy,
          classifier: flag.classifier,
          moderation: flag.moderation,
          context: { phase: state.currentPhase, ...flag.context },
          status: 'open',
          resolutionNote: null,
          resolvedBy: null,
          resolvedAt: null,
          alertQueuedAt: null,
        }),
      ));
    if (!existing) {
      // In the transaction that stores the event, like every other webhook: a rollback takes the
      // delivery away with the event, and the caller never has to remember to announce it.
      // Ids only: the message stays in the back office.
      await this.webhooks.publish(
        db,
        'safety.flagged',
        { safetyEventId: event.id, userId: event.userId },
        event.id,
      );
    }
    state.safetyHold = {
      // A hold already on keeps its start; it now points at the newest event.
      since: state.safetyHold?.since ?? new Date().toISOString(),
      safetyEventId: event.id,
      reason: flag.reason,
    };
    // The state row was read under its lock just above, so writing it back changes the hold only.
    await this.coachStates.save(db, state);
    return { event, phase: state.currentPhase };
  }

  private async loadRecentMessages(
    db: EntityManager,
    input: SafetyScreenInput,
  ): Promise<RecentSafetyMessage[]> {
    const rows = await this.chatMessages.pageNewestFirst(db, input.userId, RECENT_MESSAGES + 1, null);
    return rows
      .filter((row) => row.id !== input.messageId)
      .slice(0, RECENT_MESSAGES)
      .reverse()
      .map(toRecentMessage);
  }

  private async alertRecipients(): Promise<string[]> {
    const configured = this.config.get('safety.alertEmails', { infer: true });
    if (configured.length > 0) {
      return configured;
    }
    return this.users.listActiveStaffEmails();
  }

  private card(phase: Phase, country?: string | null) {
    const resources = this.config.get('safety.resources', { infer: true });
    const wanted = (country ?? this.config.get('safety.defaultCountry', { infer: true })).toUpperCase();
    const region = resources[wanted] ? wanted : INTERNATIONAL;
    return buildSafetyCard(phase, region, resources[region] ?? resources[INTERNATIONAL] ?? []);
  }

  private reasonFor(
    classifier: SafetyClassification,
    moderation: StoredModeration,
    flaggedBy: SafetyEventEntity['flaggedBy'],
  ): string {
    const parts: string[] = [];
    if (flaggedBy !== 'moderation') {
      const top = Object.entries(classifier.categories)
        .filter(([, score]) => score > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([category, score]) => `${category} ${score.toFixed(2)}`);
      parts.push(`classifier: ${top.join(', ')}`);
    }
    if (flaggedBy !== 'classifier' && moderation.status === 'ok') {
      const hits = Object.entries(moderation.categories)
        .filter(([name, hit]) => hit && isSelfHarmCategory(name))
        .map(([name]) => name);
      parts.push(`moderation: ${hits.join(', ') || 'self-harm score'}`);
    }
    return parts.join('; ');
  }

  private alertSummary(event: SafetyEventEntity): string {
    const who =
      event.flaggedBy === 'both'
        ? 'our offline check and the moderation service'
        : event.flaggedBy === 'classifier'
          ? 'our offline check'
          : event.flaggedBy === 'coach'
            ? 'the coach model in its reply'
            : 'the moderation service';
    const phase = event.context.phase ? ` during ${event.context.phase.replace(/_/g, ' ')}` : '';
    // The message itself stays in the back office: mail is copied and forwarded too easily.
    return `It was flagged by ${who}${phase}. The coaching is paused for this client until they choose to continue; the message and its context are in the back office.`;
  }
}
