import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ACTION_SPECS, isActionType } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { PHASES } from 'src/curriculum/phases';
import type { ContextIdentity, ContextMessage, PromptContext } from 'src/curriculum/prompt-context';
import { quote } from 'src/coaching/actions/summary-text';
import { describeComponent } from 'src/coaching/components/component-summary';
import { USER_NOTES_SOURCE, type UserNotesSource } from 'src/notes/user-notes.source';
import type { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import type { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import type { IdentityEntity, IdentityNote } from 'src/coaching/entities/identity.entity';
import { ActionLogRepository } from 'src/coaching/repositories/action-log.repository';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { ClientProfileRepository } from 'src/coaching/repositories/client-profile.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
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

const toContextIdentity = (identity: IdentityEntity): ContextIdentity => ({
  id: identity.id,
  name: identity.name,
  category: identity.category,
  state: identity.state,
  notes: identity.notes.map(noteText),
  iAmStatement: identity.iAmStatement,
  parentId: identity.parentId,
});

const isCardAction = (type: string): boolean =>
  isActionType(type) && ACTION_SPECS[type].group === 'component';

/** One line per action, then what the card was and what the client chose on it. */
export const messageSummaries = (message: ChatMessageEntity, logs: readonly ActionLogEntity[]): string[] => {
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

/**
 * The PromptContext of a real client: everything a prompt renders from, read with bounded
 * queries (the latest N messages, never the whole history). Read-only: a client without
 * state yet gets the curriculum's starting values.
 */
@Injectable()
export class CoachingContextService implements UserContextSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ClientProfileRepository,
    private readonly states: CoachStateRepository,
    private readonly identities: IdentityRepository,
    private readonly messages: ChatMessageRepository,
    private readonly logs: ActionLogRepository,
    @Inject(USER_NOTES_SOURCE) private readonly notes: UserNotesSource,
  ) {}

  /** The prompts module's source contract: null for an unknown user. */
  async forUser(userId: string): Promise<PromptContext | null> {
    return (await this.profiles.find(this.dataSource.manager, userId)) ? this.buildForUser(userId) : null;
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
    const profile = await this.profiles.find(db, userId);
    const state = await this.states.findForUser(db, userId);
    const identities = await this.identities.listLive(db, userId);
    const recent = recentLimit ? await this.recentMessages(db, userId, recentLimit) : [];
    const userNotes = profile?.memoryEnabled
      ? await this.notes.listForContext(db, userId, USER_NOTES_MAX)
      : [];
    return {
      userName: profile?.firstName.trim() ?? '',
      currentPhase: state?.currentPhase ?? PHASES[0],
      identityFocus: state?.identityFocus ?? IDENTITY_CATEGORIES[0],
      skippedCategories: state?.skippedCategories ?? [],
      identities: identities.map(toContextIdentity),
      whoYouAre: state?.whoYouAre ?? [],
      whoYouWantToBe: state?.whoYouWantToBe ?? [],
      askedQuestions: state?.askedQuestions ?? [],
      currentIdentityId: state?.currentIdentityId ?? null,
      userNotes,
      recentMessages: recent,
    };
  }

  private async recentMessages(db: EntityManager, userId: string, limit: number): Promise<ContextMessage[]> {
    const newestFirst = await this.messages.pageNewestFirst(db, userId, limit, null);
    const messages = newestFirst.reverse();
    const logs = await this.logs.listForMessages(
      db,
      userId,
      messages.map((message) => message.id),
    );
    const byMessage = new Map<string, ActionLogEntity[]>();
    for (const log of logs) {
      if (log.messageId) {
        byMessage.set(log.messageId, [...(byMessage.get(log.messageId) ?? []), log]);
      }
    }
    return messages.map((message) => ({
      id: message.id,
      role: message.role,
      content: message.content,
      actionSummaries: messageSummaries(message, byMessage.get(message.id) ?? []),
    }));
  }
}
