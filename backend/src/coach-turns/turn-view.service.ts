import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoachingException } from 'src/coaching/coaching.exception';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import { type MessageView, toMessageView } from 'src/coaching/messages/message.view';
import { ActionLogRepository } from 'src/coaching/repositories/action-log.repository';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { type CoachStateView, CoachStateService } from 'src/coaching/state/coach-state.service';

export interface TurnView {
  id: string;
  status: TurnEntity['status'];
  input: {
    message: string | null;
    button: { messageId: string; buttonId: string } | null;
    actions: unknown[];
  };
  model: string | null;
  promptVersionIds: string[];
  usage: { inputTokens: number; outputTokens: number; cachedTokens: number; reasoningTokens: number } | null;
  latencyMs: number | null;
  ttftMs: number | null;
  errorCode: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface TurnActionView {
  type: string;
  params: unknown;
  status: 'applied' | 'rejected';
  source: 'model' | 'button' | 'staff';
  summary: string | null;
  reasonCode: string | null;
}

/** `GET /coach/turns/:id` and the `done` event: the turn with what it produced. */
export interface TurnResultView {
  turn: TurnView;
  messages: MessageView[];
  actions: TurnActionView[];
  state: CoachStateView;
}

export const toTurnView = (turn: TurnEntity): TurnView => ({
  id: turn.id,
  status: turn.status,
  input: { message: turn.input.message, button: turn.input.button ?? null, actions: turn.input.actions },
  model: turn.model,
  promptVersionIds: turn.promptVersionIds,
  usage:
    turn.inputTokens === null
      ? null
      : {
          inputTokens: turn.inputTokens,
          outputTokens: turn.outputTokens ?? 0,
          cachedTokens: turn.cachedTokens ?? 0,
          reasoningTokens: turn.reasoningTokens ?? 0,
        },
  latencyMs: turn.latencyMs,
  ttftMs: turn.ttftMs,
  errorCode: turn.errorCode,
  createdAt: turn.createdAt.toISOString(),
  finishedAt: turn.finishedAt?.toISOString() ?? null,
});

// Built from the database rather than the event channel, so a turn's result reads the same
// after its events expired, from any process.
@Injectable()
export class TurnViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
    private readonly messages: ChatMessageRepository,
    private readonly logs: ActionLogRepository,
    private readonly states: CoachStateService,
  ) {}

  async getOwned(userId: string, turnId: string): Promise<TurnEntity> {
    const turn = await this.turns.findForUser(this.dataSource.manager, userId, turnId);
    if (!turn) {
      throw CoachingException.turnNotFound();
    }
    return turn;
  }

  async result(userId: string, turnId: string): Promise<TurnResultView> {
    return this.resultOf(await this.getOwned(userId, turnId));
  }

  /** The result of a turn already in hand (read, or just written and committed). */
  async resultOf(turn: TurnEntity): Promise<TurnResultView> {
    const db = this.dataSource.manager;
    const [messages, logs] = await Promise.all([
      this.messages.listForTurn(db, turn.userId, turn.id),
      this.logs.listForTurn(db, turn.userId, turn.id),
    ]);
    return {
      turn: toTurnView(turn),
      messages: messages.map(toMessageView),
      actions: logs.map((log) => ({
        type: log.type,
        params: log.params,
        status: log.status,
        source: log.source,
        summary: log.summary,
        reasonCode: log.reasonCode,
      })),
      state: await this.states.getForUser(turn.userId),
    };
  }
}
