import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LlmService } from 'src/ai/llm.service';
import type { ChatMessage } from 'src/ai/ai.types';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import type { ContextMessage } from 'src/curriculum/prompt-context';
import { PromptAssemblyService } from 'src/prompts/assembly/prompt-assembly.service';
import {
  SentinelOperationEntity,
  type SentinelOperationStatus,
} from 'src/sentinel/entities/sentinel-operation.entity';
import {
  checkOperation,
  type NoteOperation,
  operationsOf,
  SENTINEL_RESPONSE_FORMAT,
} from 'src/sentinel/sentinel-ops';
import { CRISIS_NOTE_REASON, CrisisVerdicts, isCrisisNote } from 'src/sentinel/sentinel-screen';
import { UserNotesRepository } from 'src/notes/user-notes.repository';

/** The exchange the sentinel reads: enough for context, bounded so a long history costs nothing. */
export const SENTINEL_RECENT_MESSAGES = 8;

export type SentinelRunOutcome =
  | { status: 'memory_off' | 'on_hold' | 'no_message' | 'already_done' | 'malformed' }
  | { status: 'done'; sourceMessageId: string; applied: number; rejected: number; skipped: number };

/** Where a stored message came from, as far as the sentinel must know. */
interface MessageOrigin {
  id: string;
  /** The client's words are a card button's reply text, not typed. */
  pressed: boolean;
  /** The turn was answered with the safety reply (a flag, or a message while on hold). */
  safety: boolean;
}

// A hold is a jsonb value; a JSON null stored in the column counts as no hold, as for the entity.
const GATE_SQL = `
  SELECT coalesce((SELECT memory_enabled FROM users WHERE id = $1), false) AS "memoryEnabled",
         EXISTS (SELECT 1 FROM coach_states s
                 WHERE s.user_id = $1 AND s.safety_hold IS NOT NULL
                   AND jsonb_typeof(s.safety_hold) <> 'null') AS "onHold"`;

interface OperationRecord {
  opIndex: number;
  operation: object;
  status: SentinelOperationStatus;
  noteId: string | null;
  reason: string | null;
}

/**
 * Asks the model which note operations the client's latest messages call for and applies them.
 * Idempotent per source message: its operations are recorded under (message, index) in the same
 * transaction as their effects, and a run that finds them changes nothing and calls no model.
 */
@Injectable()
export class SentinelService {
  private readonly logger = new Logger(SentinelService.name);
  private readonly verdicts = new CrisisVerdicts();

  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: UserNotesRepository,
    private readonly contexts: CoachingContextService,
    private readonly assembly: PromptAssemblyService,
    private readonly llm: LlmService,
  ) {}

  async extract(userId: string): Promise<SentinelRunOutcome> {
    const gate = await this.gate(userId);
    // Memory may have been switched off between the message and the job.
    if (!gate.memoryEnabled) {
      return { status: 'memory_off' };
    }
    // The crisis flow owns the conversation until the client chooses to continue.
    if (gate.onHold) {
      return { status: 'on_hold' };
    }
    const built = await this.contexts.buildForUser(userId, this.dataSource.manager, {
      recentMessages: SENTINEL_RECENT_MESSAGES,
    });
    const context = { ...built, recentMessages: await this.readable(built.recentMessages) };
    const source = context.recentMessages.filter((message) => message.role === 'user').at(-1);
    if (!source?.id) {
      return { status: 'no_message' };
    }
    if (await this.alreadyProcessed(this.dataSource.manager, source.id)) {
      return { status: 'already_done' };
    }
    const prompt = await this.assembly.assembleStandalone('sentinel', { context });
    // The template renders notes as plain text; update and delete need their ids.
    const ids: ChatMessage = {
      role: 'system',
      content: `Remembered notes with their ids (use these ids for update and delete):\n${JSON.stringify(
        context.userNotes.map((note) => ({ id: note.id, text: note.text })),
      )}`,
    };
    const result = await this.llm.complete({
      purpose: 'sentinel',
      userId,
      model: prompt.model,
      messages: [...prompt.messages, ids],
      responseFormat: SENTINEL_RESPONSE_FORMAT,
      context,
      promptVersionIds: prompt.versions.map((version) => version.id),
      temperature: 0,
    });
    const raw = operationsOf(result.json);
    if (raw === null) {
      this.logger.warn({ userId, sourceMessageId: source.id }, 'Sentinel reply without an operations list');
      return { status: 'malformed' };
    }
    return this.dataSource.transaction((db) => this.apply(db, userId, source.id as string, raw));
  }

  private async apply(
    db: EntityManager,
    userId: string,
    sourceMessageId: string,
    raw: unknown[],
  ): Promise<SentinelRunOutcome> {
    // Serialise runs for one message: a duplicate run waits here, then sees the ledger.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`sentinel:${sourceMessageId}`]);
    if (await this.alreadyProcessed(db, sourceMessageId)) {
      return { status: 'already_done' };
    }
    const records: OperationRecord[] = [];
    for (const [opIndex, candidate] of raw.entries()) {
      const checked = checkOperation(candidate);
      const record = !checked.ok
        ? { status: 'rejected' as const, noteId: null, reason: checked.reason }
        : checked.operation.op !== 'delete' && isCrisisNote(checked.operation.text)
          ? { status: 'rejected' as const, noteId: null, reason: CRISIS_NOTE_REASON }
          : await this.applyOne(db, userId, sourceMessageId, checked.operation);
      // Kept as the model sent it (wrapped when not even an object) for whoever debugs a rejection.
      const operation =
        typeof candidate === 'object' && candidate !== null ? candidate : { value: candidate };
      records.push({ opIndex, operation, ...record });
      if (record.status !== 'applied') {
        this.logger.warn(
          { userId, sourceMessageId, opIndex, operation: candidate, reason: record.reason },
          `Sentinel operation ${record.status}`,
        );
      }
    }
    if (records.length === 0) {
      records.push({ opIndex: 0, operation: {}, status: 'none', noteId: null, reason: null });
    }
    await db
      .getRepository(SentinelOperationEntity)
      .insert(records.map((record) => ({ userId, sourceMessageId, ...record })));
    const count = (status: SentinelOperationStatus) => records.filter((r) => r.status === status).length;
    return {
      status: 'done',
      sourceMessageId,
      applied: count('applied'),
      rejected: count('rejected'),
      skipped: count('skipped'),
    };
  }

  private async applyOne(
    db: EntityManager,
    userId: string,
    sourceMessageId: string,
    operation: NoteOperation,
  ): Promise<Omit<OperationRecord, 'opIndex' | 'operation'>> {
    if (operation.op === 'add') {
      const live = await this.notes.listLive(db, userId);
      if (live.some((note) => note.text.toLowerCase() === operation.text.toLowerCase())) {
        return { status: 'skipped', noteId: null, reason: 'already remembered' };
      }
      const note = await this.notes.insert(db, { userId, text: operation.text, sourceMessageId });
      return { status: 'applied', noteId: note.id, reason: null };
    }
    // Another client's note, a deleted one and a made-up id all look the same: unknown.
    const note = await this.notes.findLiveForUpdate(db, userId, operation.id);
    if (!note) {
      return { status: 'rejected', noteId: null, reason: 'unknown note id' };
    }
    // The client's own wording wins; the sentinel does not second-guess an edited note.
    if (note.editedByUser) {
      return { status: 'skipped', noteId: note.id, reason: 'edited by the client' };
    }
    if (operation.op === 'delete') {
      await this.notes.softDelete(db, note.id);
    } else {
      note.text = operation.text;
      note.sourceMessageId = sourceMessageId;
      await this.notes.save(db, note);
    }
    return { status: 'applied', noteId: note.id, reason: null };
  }

  /**
   * The messages the sentinel may read: never a client message the safety classifier flags,
   * nothing of a turn the safety reply answered (the crisis message, whatever was written while
   * on hold, the supportive reply) and no button reply text, which carries no news.
   */
  private async readable(messages: ContextMessage[]): Promise<ContextMessage[]> {
    const ids = messages.flatMap((message) => (message.id ? [message.id] : []));
    const origins = ids.length
      ? await this.dataSource.query<MessageOrigin[]>(
          `SELECT m.id,
                  m.role = 'user' AND jsonb_typeof(t.input -> 'button') = 'object' AS pressed,
                  EXISTS (
                    SELECT 1 FROM chat_messages s
                    WHERE s.turn_id = m.turn_id AND s.component ->> 'kind' = 'safety_resources'
                  ) AS safety
           FROM chat_messages m
           LEFT JOIN turns t ON t.id = m.turn_id
           WHERE m.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map(origins.map((origin) => [origin.id, origin]));
    const previousOwn: string[] = [];
    return messages.filter((message) => {
      const origin = message.id ? byId.get(message.id) : undefined;
      if (origin?.safety || origin?.pressed) {
        return false;
      }
      if (message.role !== 'user') {
        return true;
      }
      const flagged = this.verdicts.isCrisis(message.id, message.content, previousOwn);
      previousOwn.push(message.content);
      return !flagged;
    });
  }

  private async alreadyProcessed(db: EntityManager, sourceMessageId: string): Promise<boolean> {
    const rows = await db.query<{ done: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM sentinel_operations WHERE source_message_id = $1) AS done`,
      [sourceMessageId],
    );
    return rows[0]?.done === true;
  }

  /**
   * Whether the client keeps memory on and whether a safety hold is on, in one statement (every
   * turn of a client with memory on runs this job): the state's whole entity was read for one
   * column.
   */
  private async gate(userId: string): Promise<{ memoryEnabled: boolean; onHold: boolean }> {
    const rows = await this.dataSource.query<{ memoryEnabled: boolean; onHold: boolean }[]>(GATE_SQL, [
      userId,
    ]);
    return rows[0] ?? { memoryEnabled: false, onHold: false };
  }
}
