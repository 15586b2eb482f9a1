import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AiException } from 'src/ai/ai.exception';
import { LlmService } from 'src/ai/llm.service';
import type { LlmResult } from 'src/ai/llm.types';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import type { ApplyActionsResult, RawAction } from 'src/coaching/actions/action.types';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { type TurnOutcome, TurnRepository } from 'src/coaching/repositories/turn.repository';
import { capCoachMessage, COACH_MESSAGE_MAX_CHARS } from 'src/coach-turns/coach-message';
import { TurnLeaseService } from 'src/coach-turns/turn-lease.service';
import { TurnPublisher } from 'src/coach-turns/turn.publisher';
import { AppException } from 'src/common/errors/app.exception';
import type { ActionType } from 'src/curriculum/actions';
import { PromptAssemblyService } from 'src/prompts/assembly/prompt-assembly.service';
import { SAFETY_SCREEN, type SafetyScreen } from 'src/safety/turn-safety-screen';

interface CoachReply {
  message: string;
  actions: RawAction[];
  /** The model's own safety flag: a non-empty reason, or null. */
  safetyConcern: string | null;
}

/** The attempt of a turn being run. */
interface RunOf {
  turnId: string;
  userId: string;
  attempt: number;
}

interface PassResult {
  applied: ApplyActionsResult;
  /** The coach model raised a safety concern: the hold is on, so no further pass runs. */
  safetyRaised: boolean;
  /** The turn row as this pass left it (read under its lock, then updated). */
  turn: TurnEntity;
}

// The brainstorming hand-off pass opens the area the first reply moved to: it is not offered
// the actions that move the focus, and the engine rejects (focus_locked) any that come anyway.
const HANDOFF_WITHOUT: readonly ActionType[] = ['focus_category', 'skip_category'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The reply is only checked for a message and a list: each action is the engine's to judge, so
// anything that is not even an object still reaches it (and its log) as an unknown action.
const toReply = (json: unknown): CoachReply => {
  const value = isRecord(json) ? json : {};
  const actions: unknown[] = Array.isArray(value.actions) ? value.actions : [];
  const concern = typeof value.safety_concern === 'string' ? value.safety_concern.trim() : '';
  return {
    message: typeof value.message === 'string' ? value.message : '',
    actions: actions.map((item): RawAction =>
      isRecord(item) ? { ...item, type: item.type } : { type: item },
    ),
    safetyConcern: concern || null,
  };
};

const errorCodeOf = (error: unknown): string => {
  if (error instanceof AiException) {
    return error.aiCode;
  }
  return error instanceof AppException ? error.code : 'internal_error';
};

/**
 * Step 5 of a turn, run by the `coach.turn` job: prompt, streamed model reply (its message text
 * forwarded as `delta` events), then one transaction for the coach message, the actions and the
 * turn's usage. A focus change while brainstorming gets one more pass, so the coach opens the
 * new category in the same turn.
 */
@Injectable()
export class TurnRunner {
  private readonly logger = new Logger(TurnRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
    private readonly states: CoachStateRepository,
    private readonly messages: ChatMessageRepository,
    private readonly engine: ActionEngine,
    private readonly context: CoachingContextService,
    private readonly assembly: PromptAssemblyService,
    private readonly llm: LlmService,
    private readonly publisher: TurnPublisher,
    private readonly leases: TurnLeaseService,
    @Inject(SAFETY_SCREEN) private readonly safety: SafetyScreen,
  ) {}

  /** Idempotent: a turn that is already done or failed is left alone. */
  async run(turnId: string, finalAttempt: boolean): Promise<void> {
    const started = await this.turns.markStreaming(
      this.dataSource.manager,
      turnId,
      new Date(),
      this.leases.streamingLease(),
    );
    if (!started) {
      return;
    }
    if (started.retried) {
      await this.publisher.attemptStarted(turnId, started.attempt);
    }
    const release = this.leases.hold(turnId);
    try {
      await this.runStarted({ turnId, userId: started.userId, attempt: started.attempt }, finalAttempt);
    } finally {
      release();
    }
  }

  private async runStarted(run: RunOf, finalAttempt: boolean): Promise<void> {
    const { turnId } = run;
    const outcome: TurnOutcome = {
      model: null,
      promptVersionIds: [],
      inputTokens: 0,
      outputTokens: 0,
      cachedTokens: 0,
      reasoningTokens: 0,
      latencyMs: 0,
      ttftMs: null,
    };
    let turn: TurnEntity;
    try {
      const first = await this.pass(run, 1, outcome, false);
      turn = first.turn;
      const state = first.applied.state;
      if (
        first.applied.focusChanged &&
        state.currentPhase === 'identity_brainstorming' &&
        !first.safetyRaised
      ) {
        turn = await this.secondPass(run, first.turn, outcome);
      }
    } catch (error) {
      if (!(error instanceof AppException) && !finalAttempt) {
        throw error;
      }
      await this.fail(turnId, error);
      return;
    }
    await this.publisher.finished(turn);
  }

  private async secondPass(run: RunOf, turn: TurnEntity, outcome: TurnOutcome): Promise<TurnEntity> {
    try {
      return (await this.pass(run, 2, outcome, true)).turn;
    } catch (error) {
      // The first reply is committed and complete on its own; the client just misses the opener.
      this.logger.warn({ err: error, turnId: turn.id }, 'The brainstorming hand-off pass failed');
      await this.turns.recordOutcome(this.dataSource.manager, turn, outcome, new Date());
      return turn;
    }
  }

  /** One model call and its transaction; `last` marks the turn done in that transaction. */
  private async pass(run: RunOf, pass: number, outcome: TurnOutcome, last: boolean): Promise<PassResult> {
    const { turnId, userId } = run;
    const context = await this.context.buildForUser(userId);
    const handoff = pass > 1;
    const prompt = await this.assembly.assembleCoachTurn({
      context,
      withoutActions: handoff ? HANDOFF_WITHOUT : [],
    });
    const versionIds = prompt.versions.map((version) => version.id);
    let llm: LlmResult | null = null;
    // The client sees at most the stored limit while the reply streams; `done` has the cut text.
    let streamed = 0;
    for await (const event of this.llm.stream({
      purpose: 'coach_turn',
      userId,
      model: prompt.model,
      messages: prompt.messages,
      responseFormat: prompt.responseFormat ?? undefined,
      context,
      promptVersionIds: versionIds,
      budget: { promptTokens: prompt.promptTokens, trimmed: prompt.trimmed },
    })) {
      if (event.type === 'message' && streamed < COACH_MESSAGE_MAX_CHARS) {
        const text = event.text.slice(0, COACH_MESSAGE_MAX_CHARS - streamed);
        streamed += text.length;
        await this.publisher.delta(turnId, pass, text);
      } else if (event.type === 'restart') {
        streamed = 0;
        await this.publisher.restart(turnId, run.attempt, pass, event.reason);
      } else if (event.type === 'done') {
        llm = event.result;
      }
    }
    if (!llm) {
      throw new Error(`The model call of turn ${turnId} ended without a result`);
    }
    const result = llm;
    outcome.model = result.model;
    outcome.promptVersionIds = [...new Set([...outcome.promptVersionIds, ...versionIds])];
    outcome.inputTokens += result.usage.inputTokens;
    outcome.outputTokens += result.usage.outputTokens;
    outcome.cachedTokens += result.usage.cachedTokens;
    outcome.reasoningTokens += result.usage.reasoningTokens;
    outcome.latencyMs += result.timing.latencyMs;
    outcome.ttftMs ??= result.timing.ttftMs;

    const reply = toReply(result.json);
    const capped = capCoachMessage(reply.message);
    if (capped.truncatedFrom !== null) {
      this.logger.warn(
        { turnId, pass, length: capped.truncatedFrom, limit: COACH_MESSAGE_MAX_CHARS },
        'The coach message was over the limit and was cut at a sentence boundary',
      );
    }
    const willContinue = !last;
    const applied = await this.dataSource.transaction(async (db) => {
      // State first, then the turn: the lock order of every writer. The engine works on this
      // locked state; nothing in the pass reads the row again.
      const state = await this.states.lockForUser(db, userId);
      const turn = await this.turns.findForUpdate(db, turnId);
      if (turn?.status !== 'streaming') {
        throw new Error(`Turn ${turnId} is no longer running`);
      }
      const message = await this.messages.insert(db, {
        userId,
        role: 'coach',
        content: capped.text,
        turnId,
        truncatedFrom: capped.truncatedFrom,
      });
      const engineResult = await this.engine.apply(db, state, {
        userId,
        actions: reply.actions,
        origin: { source: 'model', allowedActions: prompt.allowedActions, focusLocked: handoff },
        turnId,
        messageId: message.id,
      });
      if (engineResult.component) {
        await this.messages.setComponent(db, message.id, engineResult.component);
      }
      const safetyEventId = reply.safetyConcern
        ? await this.raiseSafetyConcern(db, run, reply.safetyConcern)
        : null;
      const continues =
        willContinue &&
        safetyEventId === null &&
        engineResult.focusChanged &&
        engineResult.state.currentPhase === 'identity_brainstorming';
      await this.turns.recordOutcome(db, turn, outcome, continues ? null : new Date());
      return { engineResult, messageId: message.id, turn, safetyEventId };
    });
    if (applied.safetyEventId) {
      await this.safety.queueAlert(applied.safetyEventId);
    }
    await this.publisher.passApplied(turnId, pass, applied.messageId, applied.engineResult);
    return {
      applied: applied.engineResult,
      turn: applied.turn,
      safetyRaised: applied.safetyEventId !== null,
    };
  }

  /**
   * The model flagged the client's words (`safety_concern`): the same event, hold and support
   * reply as a flagged message, inside the pass's transaction; the reply follows the model's
   * message so nothing it said is lost. Returns the event id for the staff alert after commit.
   */
  private async raiseSafetyConcern(db: EntityManager, run: RunOf, concern: string): Promise<string> {
    const said = (await this.messages.listForTurn(db, run.userId, run.turnId)).find(
      (message) => message.role === 'user',
    );
    const flag = await this.safety.raiseFromCoach(db, {
      userId: run.userId,
      messageId: said?.id ?? null,
      text: said?.content ?? '',
      concern,
    });
    this.logger.warn(
      { turnId: run.turnId, eventId: flag.eventId },
      'The coach model raised a safety concern',
    );
    await this.messages.insert(db, {
      userId: run.userId,
      role: 'coach',
      content: flag.reply.message,
      component: flag.reply.component,
      turnId: run.turnId,
    });
    return flag.eventId;
  }

  private async fail(turnId: string, error: unknown): Promise<void> {
    const code = errorCodeOf(error);
    this.logger.warn({ err: error, turnId, code }, 'A coach turn failed');
    if (await this.turns.markFailed(this.dataSource.manager, turnId, code, new Date())) {
      await this.publisher.failed(turnId, code);
    }
  }
}
