import { ApiError } from '@dev-coach/frontend-api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyTurnResult, markCardPressed, refreshConversation } from '@/modules/chat/api/coachCache';
import { followTurnEvents } from '@/modules/chat/api/followTurnEvents';
import { postTurn } from '@/modules/chat/api/postTurn';
import type { CreateTurnBody } from '@/modules/chat/lib/coachTypes';
import { forgetTurn, recallTurn, rememberTurn } from '@/modules/chat/lib/pendingTurns';
import { initialTurnStream, turnStreamReducer, type TurnStreamState } from '@/modules/chat/lib/turnStream';

/** A card button the client pressed, to show the card as answered right away. */
export interface PressedCardButton {
  messageId: string;
  buttonId: string;
  label: string;
}

export interface TurnRequest {
  /** Sent again unchanged on "Try again", so the server never makes a second turn. */
  idempotencyKey: string;
  body: CreateTurnBody;
  /** What the client's bubble shows until the server's copy arrives (typed text or a reply). */
  userText: string | null;
  press: PressedCardButton | null;
}

export type TurnFailure =
  /** The server refused or never got the request: nothing was saved. */
  | { stage: 'request'; error: ApiError }
  /** The turn was saved but the coach could not answer; the same request re-queues it. */
  | { stage: 'turn'; code: string; message: string; turnId: string }
  /** We lost the turn's event stream; following it again picks up where it stopped. */
  | { stage: 'stream'; error: ApiError; turnId: string; lastEventId: number };

export type CoachTurnState =
  | { status: 'idle' }
  | { status: 'sending'; request: TurnRequest }
  | { status: 'streaming'; request: TurnRequest; stream: TurnStreamState }
  | { status: 'failed'; request: TurnRequest; failure: TurnFailure; stream: TurnStreamState | null };

export interface UseCoachTurnResult {
  turn: CoachTurnState;
  /** Sends a typed message or a card press as a new turn. */
  send: (
    body: CreateTurnBody,
    options?: { press?: PressedCardButton | null; userText?: string | null },
  ) => void;
  /** After a failure: the same request again (same key), or the same stream followed again. */
  retry: () => void;
  /** Follows a turn that was already running when the page loaded (a reload mid-reply). */
  resume: (turnId: string, message: string) => void;
  /** Forgets a failure without retrying. */
  dismiss: () => void;
  busy: boolean;
}

/**
 * One coaching turn at a time: POST it with an `Idempotency-Key`, follow its events while the
 * coach writes, and put the finished result into the conversation cache.
 */
export function useCoachTurn(): UseCoachTurnResult {
  const queryClient = useQueryClient();
  const [turn, setTurn] = useState<CoachTurnState>({ status: 'idle' });
  const aborter = useRef<AbortController | null>(null);

  useEffect(() => () => aborter.current?.abort(), []);

  const follow = useCallback(
    async (request: TurnRequest, turnId: string, lastEventId: number, signal: AbortSignal) => {
      let stream = initialTurnStream(turnId, lastEventId);
      setTurn({ status: 'streaming', request, stream });
      try {
        await followTurnEvents(turnId, {
          lastEventId,
          signal,
          onEvent: (event) => {
            stream = turnStreamReducer(stream, event);
            const current = stream;
            setTurn((previous) =>
              previous.status === 'streaming' && previous.stream.turnId === turnId
                ? { ...previous, stream: current }
                : previous,
            );
          },
        });
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        const apiError = error instanceof ApiError ? error : ApiError.network(error);
        setTurn({
          status: 'failed',
          request,
          stream,
          failure: { stage: 'stream', error: apiError, turnId, lastEventId: stream.lastEventId },
        });
        return;
      }
      if (stream.result) {
        forgetTurn(turnId);
        applyTurnResult(queryClient, stream.result);
        setTurn({ status: 'idle' });
      } else {
        const problem = stream.error ?? {
          code: 'turn_failed',
          message: 'The coach could not answer just now.',
        };
        setTurn({
          status: 'failed',
          request,
          stream,
          failure: { stage: 'turn', ...problem, turnId },
        });
      }
    },
    [queryClient],
  );

  const run = useCallback(
    async (request: TurnRequest) => {
      aborter.current?.abort();
      const controller = new AbortController();
      aborter.current = controller;
      setTurn({ status: 'sending', request });
      if (request.press) {
        markCardPressed(queryClient, request.press.messageId, {
          buttonId: request.press.buttonId,
          label: request.press.label,
          at: new Date().toISOString(),
        });
      }
      try {
        const outcome = await postTurn(request.body, request.idempotencyKey);
        if (controller.signal.aborted) {
          return;
        }
        if (outcome.kind === 'answered') {
          applyTurnResult(queryClient, outcome.result);
          setTurn({ status: 'idle' });
          return;
        }
        rememberTurn(outcome.turnId, { idempotencyKey: request.idempotencyKey, body: request.body });
        await follow(request, outcome.turnId, 0, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) {
          return;
        }
        if (request.press) {
          // The press was refused and nothing was saved: show the card as the server has it.
          refreshConversation(queryClient);
        }
        const apiError = error instanceof ApiError ? error : ApiError.network(error);
        setTurn({ status: 'failed', request, stream: null, failure: { stage: 'request', error: apiError } });
      }
    },
    [follow, queryClient],
  );

  const send = useCallback<UseCoachTurnResult['send']>(
    (body, options = {}) => {
      if (turn.status === 'failed' && turn.failure.stage !== 'request') {
        // The failed turn's message is saved: read it back, since its result never came.
        refreshConversation(queryClient);
      }
      void run({
        idempotencyKey: crypto.randomUUID(),
        body,
        userText: options.userText ?? body.message ?? null,
        press: options.press ?? null,
      });
    },
    [queryClient, run, turn],
  );

  const retry = useCallback(() => {
    if (turn.status !== 'failed') {
      return;
    }
    const { request, failure } = turn;
    if (failure.stage === 'stream') {
      aborter.current?.abort();
      const controller = new AbortController();
      aborter.current = controller;
      void follow(request, failure.turnId, failure.lastEventId, controller.signal);
      return;
    }
    // The same request and key: a refused one is asked again, a failed turn is re-queued. A new
    // attempt's stream, opened without Last-Event-ID, starts at its own `restart` event.
    void run(request);
  }, [follow, run, turn]);

  const resume = useCallback<UseCoachTurnResult['resume']>(
    (turnId, message) => {
      aborter.current?.abort();
      const controller = new AbortController();
      aborter.current = controller;
      // The client's message is already in the history, so no bubble of our own.
      const saved = recallTurn(turnId) ?? { idempotencyKey: crypto.randomUUID(), body: { message } };
      void follow({ ...saved, userText: null, press: null }, turnId, 0, controller.signal);
    },
    [follow],
  );

  const dismiss = useCallback(() => setTurn({ status: 'idle' }), []);

  return {
    turn,
    send,
    retry,
    resume,
    dismiss,
    busy: turn.status === 'sending' || turn.status === 'streaming',
  };
}
