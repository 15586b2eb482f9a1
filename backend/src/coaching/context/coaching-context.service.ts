import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ACTION_SPECS, isActionType } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { PHASES } from 'src/curriculum/phases';
import type { ContextIdentity, ContextNote, PromptContext } from 'src/curriculum/prompt-context';
import { quote } from 'src/coaching/actions/summary-text';
import { describeComponent } from 'src/coaching/components/component-summary';
import { USER_NOTES_SOURCE, type UserNotesSource } from 'src/notes/user-notes.source';
import type { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import type { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import type { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import type { IdentityNote } from 'src/coaching/entities/identity.entity';
import { MAX_LIVE_IDENTITIES } from 'src/coaching/repositories/identity.repository';
import type { CoachingProfile } from 'src/users/users.repository';
import type { UserContextSource } from 'src/prompts/context/prompt-context-sources.service';

export const RECENT_MESSAGES_DEFAULT = 20;
export const RECENT_MESSAGES_MAX = 100;
export const USER_NOTES_MAX = 100;

export interface ContextOptions {
  /** How many of the latest messages to include (default 20, at most 100). */
  recentMessages?: number;
}

const noteText = (note: IdentityNote): string =>
  note.provenance ? `${note.text} (from ${quote(note.provenance.identityName)})` : note.text;

const isCardAction = (type: string): boolean =>
  isActionType(type) && ACTION_SPECS[type].group === 'component';

/** One line per action, then what the card was and what the client chose on it. */
export const messageSummaries = (
  message: Pick<ChatMessageEntity, 'component'>,
  logs: readonly Pick<ActionLogEntity, 'type' | 'status' | 'summary' | 'reasonCode'>[],
): string[] => {
  const lines = logs.map((log) =>
    log.status === 'applied' && log.summary
      ? log.summary
      : `Not applied: ${log.type} (${log.reasonCode ?? 'rejected'}).`,
  );
  const card = message.component;
  if (card) {
    const cardLogged = logs.some((log) => log.status === 'applied' && isCardAction(log.type));
    if (!cardLogged) {
      lines.push(describeComponent(card));
    } else if (card.pressed) {
      lines.push(`The client chose ${quote(card.pressed.label)}.`);
    }
  }
  return lines;
};

type StateFields = Pick<
  CoachStateEntity,
  | 'currentPhase'
  | 'identityFocus'
  | 'skippedCategories'
  | 'whoYouAre'
  | 'whoYouWantToBe'
  | 'askedQuestions'
  | 'currentIdentityId'
>;

interface ContextLogRow {
  type: string;
  status: ActionLogEntity['status'];
  summary: string | null;
  reasonCode: string | null;
}

interface ContextRow {
  profile: CoachingProfile | null;
  state: StateFields | null;
  identities: (Omit<ContextIdentity, 'notes'> & { notes: IdentityNote[] })[];
  messages: (Pick<ChatMessageEntity, 'id' | 'role' | 'content' | 'component'> & { logs: ContextLogRow[] })[];
  notes: ContextNote[] | null;
}

/** The whole context in one statement; `notesSql` is the notes module's sub-select. */
const contextSql = (notesSql: string): string => `
      SELECT
        (SELECT json_build_object('firstName', u.first_name, 'memoryEnabled', u.memory_enabled)
         FROM users u WHERE u.id = $1) AS profile,
        (SELECT json_build_object('currentPhase', s.current_phase, 'identityFocus', s.identity_focus,
                'skippedCategories', s.skipped_categories, 'whoYouAre', s.who_you_are,
                'whoYouWantToBe', s.who_you_want_to_be, 'askedQuestions', s.asked_questions,
                'currentIdentityId', s.current_identity_id)
         FROM coach_states s WHERE s.user_id = $1) AS state,
        (SELECT coalesce(json_agg(json_build_object(
                  'id', i.id, 'name', i.name, 'category', i.category, 'state', i.state, 'notes', i.notes,
                  'iAmStatement', i.i_am_statement, 'parentId', i.parent_id)
                  ORDER BY i.sort_order, i.created_at), '[]'::json)
         FROM (SELECT * FROM identities
               WHERE user_id = $1 AND archived_at IS NULL
               ORDER BY sort_order, created_at LIMIT ${MAX_LIVE_IDENTITIES}) i) AS identities,
        (SELECT coalesce(json_agg(json_build_object(
                  'id', m.id, 'role', m.role, 'content', m.content, 'component', m.component,
                  'logs', (SELECT coalesce(json_agg(json_build_object(
                                    'type', l.type, 'status', l.status, 'summary', l.summary,
                                    'reasonCode', l.reason_code)
                                    ORDER BY l.created_at, l.sequence), '[]'::json)
                           FROM action_logs l WHERE l.user_id = $1 AND l.message_id = m.id))
                  ORDER BY m.created_at, m.id), '[]'::json)
         FROM (SELECT id, role, content, component, created_at FROM chat_messages
               WHERE user_id = $1
               ORDER BY created_at DESC, id DESC LIMIT $2) m) AS messages,
        CASE WHEN (SELECT memory_enabled FROM users WHERE id = $1)
             THEN ${notesSql} END AS notes`;

/**
 * The PromptContext of a real client: everything a prompt renders from, read with bounded
 * queries (the latest N messages, never the whole history). Read-only: a client without
 * state yet gets the curriculum's starting values.
 *
 * One statement reads it all (profile, state, live identities, the latest messages with their
 * action logs, and the notes when memory is on) as JSON: a turn's job used to spend six
 * TypeORM reads here, each a query built and its entities hydrated only to be mapped to these
 * plain values. One statement is also one snapshot, so the parts always agree.
 */
@Injectable()
export class CoachingContextService implements UserContextSource {
  /** $1 the user, $2 how many recent messages, $3 how many notes. */
  private readonly sql: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(USER_NOTES_SOURCE) notes: UserNotesSource,
  ) {
    this.sql = contextSql(notes.contextNotesSql({ userId: '$1', limit: '$3' }));
  }

  /** The prompts module's source contract: null for an unknown user. */
  async forUser(userId: string): Promise<PromptContext | null> {
    const row = await this.read(this.dataSource.manager, userId, RECENT_MESSAGES_DEFAULT);
    return row.profile ? this.toContext(row) : null;
  }

  async buildForUser(
    userId: string,
    db: EntityManager = this.dataSource.manager,
    options: ContextOptions = {},
  ): Promise<PromptContext> {
    const recentLimit = Math.min(
      Math.max(options.recentMessages ?? RECENT_MESSAGES_DEFAULT, 0),
      RECENT_MESSAGES_MAX,
    );
    return this.toContext(await this.read(db, userId, recentLimit));
  }

  private async read(db: EntityManager, userId: string, recentLimit: number): Promise<ContextRow> {
    const rows = await db.query<ContextRow[]>(this.sql, [userId, recentLimit, USER_NOTES_MAX]);
    const row = rows[0];
    if (!row) {
      throw new Error('The context statement returned no row');
    }
    return row;
  }

  private toContext(row: ContextRow): PromptContext {
    const { profile, state } = row;
    return {
      userName: profile?.firstName.trim() ?? '',
      currentPhase: state?.currentPhase ?? PHASES[0],
      identityFocus: state?.identityFocus ?? IDENTITY_CATEGORIES[0],
      skippedCategories: state?.skippedCategories ?? [],
      identities: row.identities.map((identity) => ({ ...identity, notes: identity.notes.map(noteText) })),
      whoYouAre: state?.whoYouAre ?? [],
      whoYouWantToBe: state?.whoYouWantToBe ?? [],
      askedQuestions: state?.askedQuestions ?? [],
      currentIdentityId: state?.currentIdentityId ?? null,
      userNotes: profile?.memoryEnabled ? (row.notes ?? []) : [],
      recentMessages: row.messages.map((message) => ({
        id: message.id,
        role: message.role,
        content: message.content,
        actionSummaries: messageSummaries(message, message.logs),
      })),
    };
  }
}
