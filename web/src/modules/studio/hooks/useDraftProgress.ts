import { type ApiError, type DraftStage, followDraftEvents } from '@dev-coach/frontend-api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { api } from '@/modules/api/client';
import { draftsQueryKey, studioQueryKey } from '@/modules/studio/api/studio';
import type { DraftErrorCode, StudioDraft } from '@/modules/studio/lib/studioTypes';

export interface DraftProgress {
  stage: DraftStage;
  percent: number;
}

export interface UseDraftProgressOptions {
  /** Called once when the followed draft is finished: ready, or failed with its code. */
  onSettled?: (draft: StudioDraft) => void;
}

/**
 * While `draft` is pending, follows its progress stream (SSE) and, at its end, writes the
 * finished draft into the identity's history. Leaving the page stops following, not the job:
 * coming back finds the draft pending or done and picks up from there.
 */
export function useDraftProgress(
  draft: StudioDraft | undefined,
  { onSettled }: UseDraftProgressOptions = {},
) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ id: string; value: DraftProgress } | null>(null);
  const [streamError, setStreamError] = useState<{ id: string; error: ApiError } | null>(null);
  const pendingId = draft?.status === 'pending' ? draft.id : undefined;
  const identityId = draft?.identityId;
  const notifySettled = useEffectEvent((finished: StudioDraft) => onSettled?.(finished));

  useEffect(() => {
    if (!pendingId || !identityId) {
      return;
    }
    const controller = new AbortController();
    const settle = (finished: StudioDraft) => {
      queryClient.setQueryData<StudioDraft[]>(draftsQueryKey(identityId), (drafts) =>
        drafts?.map((other) => (other.id === finished.id ? finished : other)),
      );
      // A failed job gives its unit of quota back.
      void queryClient.invalidateQueries({ queryKey: studioQueryKey, exact: true });
      notifySettled(finished);
    };
    followDraftEvents<StudioDraft>(api, pendingId, {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'progress') {
          setProgress({ id: pendingId, value: { stage: event.stage, percent: event.percent } });
        }
      },
    }).then(
      (end) => {
        const current = queryClient
          .getQueryData<StudioDraft[]>(draftsQueryKey(identityId))
          ?.find((other) => other.id === pendingId);
        if (end.type === 'done') {
          settle(end.draft);
        } else if (current) {
          settle({ ...current, status: 'failed', errorCode: end.code as DraftErrorCode });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setStreamError({ id: pendingId, error: error as ApiError });
        }
      },
    );
    return () => controller.abort();
  }, [pendingId, identityId, queryClient]);

  return {
    progress: progress && progress.id === pendingId ? progress.value : null,
    streamError: streamError && streamError.id === pendingId ? streamError.error : null,
  };
}
