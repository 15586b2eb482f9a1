import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from 'src/coaching/actions/action-shape.validator';
import { CoachingException } from 'src/coaching/coaching.exception';
import { type MessageView, toMessageView } from 'src/coaching/messages/message.view';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachStarter } from 'src/coaching/state/coach-starter.service';

export const MESSAGE_PAGE_DEFAULT = 50;
export const MESSAGE_PAGE_MAX = 100;

export interface MessagePage {
  /** Oldest first within the page, ready to render. */
  items: MessageView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface MessagePageQuery {
  limit?: number;
  /** The id of the oldest message already shown. */
  before?: string | null;
}

// History pages, newest page first. The cursor is a message id: the keyset (created_at, id)
// stays in the database, so no timestamp precision is lost on the way through a client.
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly starter: CoachStarter,
    private readonly messages: ChatMessageRepository,
  ) {}

  async list(userId: string, query: MessagePageQuery = {}): Promise<MessagePage> {
    const limit = Math.min(Math.max(Math.trunc(query.limit ?? MESSAGE_PAGE_DEFAULT), 1), MESSAGE_PAGE_MAX);
    const before = query.before ?? null;
    return this.dataSource.transaction(async (db) => {
      if (before) {
        if (!isUuid(before) || !(await this.messages.existsForUser(db, userId, before))) {
          throw CoachingException.invalidCursor();
        }
      } else {
        await this.starter.ensureStarted(db, userId);
      }
      const rows = await this.messages.pageNewestFirst(db, userId, limit + 1, before);
      const page = rows.slice(0, limit);
      return {
        items: page.reverse().map(toMessageView),
        nextCursor: rows.length > limit ? (page[0]?.id ?? null) : null,
      };
    });
  }
}
