import type { Component } from 'src/curriculum/component.types';
import type { ChatMessageEntity, ChatRole } from 'src/coaching/entities/chat-message.entity';

/** A chat message as the client API returns it: in history pages and in a turn's result. */
export interface MessageView {
  id: string;
  role: ChatRole;
  content: string;
  component: Component | null;
  turnId: string | null;
  createdAt: string;
}

export const toMessageView = (message: ChatMessageEntity): MessageView => ({
  id: message.id,
  role: message.role,
  content: message.content,
  component: message.component,
  turnId: message.turnId,
  createdAt: message.createdAt.toISOString(),
});
