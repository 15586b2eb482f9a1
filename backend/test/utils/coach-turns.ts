import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthHeaders } from 'test/factories/user.factory';

export interface CardJson {
  kind: string;
  phase: string;
  displayOnly: boolean;
  buttons: {
    id: string;
    actions: { type: string; params: Record<string, unknown> }[];
    reply: string | null;
  }[];
}

export interface MessageJson {
  id: string;
  role: 'user' | 'coach';
  content: string;
  component: CardJson | null;
  turnId: string | null;
}

export interface TurnResultJson {
  turn: { id: string; status: string; errorCode: string | null; model: string | null };
  messages: MessageJson[];
  actions: { type: string; status: string; reasonCode: string | null; source: string }[];
  state: { currentPhase: string; identityFocus: string; composerDisabled: boolean };
}

export const api = (
  app: NestFastifyApplication,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => app.inject({ method, url: `/api/v1${url}`, headers, payload });

/** The latest coach message whose card still has buttons, if any. */
export const openCard = async (
  app: NestFastifyApplication,
  headers: AuthHeaders,
): Promise<MessageJson | null> => {
  const page = (await api(app, 'GET', '/coach/messages?limit=5', headers)).json<{ items: MessageJson[] }>();
  const last = [...page.items].reverse().find((message) => message.role === 'coach');
  return last?.component && !last.component.displayOnly && last.component.buttons.length > 0 ? last : null;
};

/** The body that presses `buttonId` (default: the card's first button) of a card message. */
export const pressBody = (message: MessageJson, buttonId?: string): object => {
  const button =
    message.component?.buttons.find((candidate) => candidate.id === buttonId) ??
    message.component?.buttons[0];
  if (!button) {
    throw new Error(`No button to press on ${message.id}`);
  }
  return {
    button: { messageId: message.id, buttonId: button.id },
    actions: button.actions.map((action) => ({ type: action.type, params: action.params })),
  };
};
