import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoachingException } from 'src/coaching/coaching.exception';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import type { MessageView } from 'src/coaching/messages/message.view';
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

interface TurnOutputRow {
  messages: MessageView[];
  actions: TurnActionView[];
}

// What a turn wrote, messages and action logs in one statement (every job ends with it, in the
// `done` event): in the order written, as ChatMessageRepository.listForTurn and
// ActionLogRepository.listForTurn read them.
const TURN_OUTPUT_SQL = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object(
              'id', m.id, 'role', m.role, 'content', m.content, 'component', m.component,
              'turnId', m.turn_id, 'createdAt', m.created_at)
              ORDER BY m.created_at, m.id), '[]'::json)
     FROM chat_messages m WHERE m.user_id = $1 AND m.turn_id = $2) AS messages,
    (SELECT coalesce(json_agg(json_build_object(
              'type', l.type, 'params', l.params, 'status', l.status, 'source', l.source,
              'summary', l.summary, 'reasonCode', l.reason_code)
              ORDER BY l.created_at, l.sequence), '[]'::json)
     FROM action_logs l WHERE l.user_id = $1 AND l.turn_id = $2) AS actions`;

// Built from the database rather than the event channel, so a turn's result reads the same
// after its events expired, from any process.
@Injectable()
export class TurnViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
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
    const rows = await this.dataSource.query<TurnOutputRow[]>(TURN_OUTPUT_SQL, [turn.userId, turn.id]);
    const output = rows[0] ?? { messages: [], actions: [] };
    return {
      turn: toTurnView(turn),
      messages: output.messages.map((message) => ({
        ...message,
        // JSON carries microseconds; Date keeps milliseconds, as the entity's hydration did.
        createdAt: new Date(message.createdAt).toISOString(),
      })),
      actions: output.actions,
      state: await this.states.getForUser(turn.userId),
    };
  }
}
