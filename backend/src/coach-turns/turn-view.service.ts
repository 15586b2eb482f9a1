import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CoachingException } from 'src/coaching/coaching.exception';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import type { MessageView } from 'src/coaching/messages/messages.service';
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

const toMessageView = (message: ChatMessageEntity): MessageView => ({
  id: message.id,
  role: message.role,
  content: message.content,
  component: message.component,
  turnId: message.turnId,
  createdAt: message.createdAt.toISOString(),
});

// Built from the database rather than the event channel, so a turn's result reads the same
// after its events expired, from any process.
@Injectable()
export class TurnViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
    private readonly states: CoachStateService,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async getOwned(userId: string, turnId: string): Promise<TurnEntity> {
    const turn = await this.turns.findForUser(this.dataSource.manager, userId, turnId);
    if (!turn) {
      throw CoachingException.turnNotFound();
    }
    return turn;
  }

  async result(userId: string, turnId: string): Promise<TurnResultView> {
    const turn = await this.getOwned(userId, turnId);
    return this.resultOf(this.dataSource.manager, turn);
  }

  async resultOf(db: EntityManager, turn: TurnEntity): Promise<TurnResultView> {
    const [messages, logs] = await Promise.all([
      db.getRepository(ChatMessageEntity).find({
        where: { userId: turn.userId, turnId: turn.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      db.getRepository(ActionLogEntity).find({
        where: { userId: turn.userId, turnId: turn.id },
        order: { createdAt: 'ASC', sequence: 'ASC' },
      }),
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
