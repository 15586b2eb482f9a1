import { useRef, useState } from 'react';
import { CardView } from '@/modules/chat/components/cards/CardView';
import { Composer } from '@/modules/chat/components/Composer';
import { MessageBubble } from '@/modules/chat/components/MessageBubble';
import { type ChatListItem, MessageList } from '@/modules/chat/components/MessageList';
import { TurnFailureNotice } from '@/modules/chat/components/TurnFailureNotice';
import { type CoachTurnState, useCoachTurn } from '@/modules/chat/hooks/useCoachTurn';
import { useChatFocus } from '@/modules/chat/hooks/useChatFocus';
import { useResumeRunningTurn } from '@/modules/chat/hooks/useResumeRunningTurn';
import { blockingCardMessageId } from '@/modules/chat/lib/blockingCard';
import { type CardButton, cardOf, isCardInteractive } from '@/modules/chat/lib/cardTypes';
import type { ButtonAction, ChatMessage, CoachState } from '@/modules/chat/lib/coachTypes';
import { composerBlockedReason } from '@/modules/chat/lib/composerBlock';
import { streamedText } from '@/modules/chat/lib/turnStream';

export interface ChatConversationProps {
  /** Oldest first. */
  messages: ChatMessage[];
  state: CoachState;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
}

/** The client's own words while the server has not confirmed them yet. */
function pendingUserText(turn: CoachTurnState): string | null {
  return turn.status === 'idle' ? null : turn.request.userText;
}

/** The coach's reply being written (empty: thinking), or null when no turn runs. */
function pendingCoachText(turn: CoachTurnState): string | null {
  if (turn.status === 'sending') {
    return '';
  }
  return turn.status === 'streaming' ? streamedText(turn.stream) : null;
}

/** The conversation: history, the turn in flight, cards and the composer. */
export function ChatConversation({
  messages,
  state,
  hasOlder,
  loadingOlder,
  onLoadOlder,
}: ChatConversationProps) {
  const { turn, send, retry, resume, dismiss, busy } = useCoachTurn();
  const [draft, setDraft] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const logRef = useRef<HTMLDivElement | null>(null);
  const newestFirst = [...messages].reverse();
  const blockedReason = composerBlockedReason(state, newestFirst);

  useResumeRunningTurn(messages, turn.status === 'idle', resume);

  const expectReply = useChatFocus({
    blockingCardId: blockingCardMessageId(newestFirst, state.currentPhase),
    busy,
    composerBlocked: blockedReason !== null,
    logRef,
    composerRef: textareaRef,
  });

  const sendText = (text: string) => {
    expectReply();
    setDraft('');
    send({ message: text });
  };

  const press = (message: ChatMessage, button: CardButton, edited?: ButtonAction[]) => {
    const actions = edited ?? button.actions.map(({ type, params }) => ({ type, params }));
    expectReply();
    send(
      { button: { messageId: message.id, buttonId: button.id }, ...(actions.length > 0 ? { actions } : {}) },
      { press: { messageId: message.id, buttonId: button.id, label: button.label }, userText: button.reply },
    );
  };

  const items: ChatListItem[] = messages.map((message) => {
    const card = cardOf(message);
    return {
      key: message.id,
      node: (
        <MessageBubble author={message.role} text={message.content}>
          {card ? (
            <CardView
              card={card}
              interactive={!busy && isCardInteractive(card, state.currentPhase)}
              onPress={(button, actions) => press(message, button, actions)}
            />
          ) : null}
        </MessageBubble>
      ),
    };
  });
  const userText = pendingUserText(turn);
  const refusedPress = turn.status === 'failed' && turn.failure.stage === 'request' && turn.request.press;
  if (userText && !refusedPress) {
    items.push({ key: 'pending-user', node: <MessageBubble author="user" text={userText} /> });
  }
  const coachText = pendingCoachText(turn);
  if (coachText !== null) {
    items.push({ key: 'pending-coach', node: <MessageBubble author="coach" text={coachText} streaming /> });
  }

  const failed = turn.status === 'failed' ? turn : null;
  return (
    <>
      <MessageList
        items={items}
        hasOlder={hasOlder}
        loadingOlder={loadingOlder}
        onLoadOlder={onLoadOlder}
        busy={busy}
        scrollRef={logRef}
      />
      {failed ? (
        <TurnFailureNotice
          failure={failed.failure}
          onRetry={retry}
          onDismiss={dismiss}
          onEdit={
            failed.failure.stage === 'request' && failed.request.body.message
              ? () => {
                  setDraft(failed.request.body.message ?? '');
                  dismiss();
                  textareaRef.current?.focus();
                }
              : null
          }
        />
      ) : null}
      <Composer
        value={draft}
        onChange={setDraft}
        onSend={sendText}
        blockedReason={blockedReason}
        busy={busy}
        textareaRef={textareaRef}
      />
    </>
  );
}
