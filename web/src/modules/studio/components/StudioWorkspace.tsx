import { downloadUrl } from '@dev-coach/frontend-api';
import { useRef, useState } from 'react';
import {
  useDrafts,
  useGenerateDraft,
  useRefineDraft,
  useSaveDraft,
  useSaveScene,
} from '@/modules/studio/api/studio';
import { DraftChain } from '@/modules/studio/components/DraftChain';
import { DraftHistory } from '@/modules/studio/components/DraftHistory';
import { DraftStage } from '@/modules/studio/components/DraftStage';
import { RefineForm } from '@/modules/studio/components/RefineForm';
import { SceneForm } from '@/modules/studio/components/SceneForm';
import { useDraftProgress } from '@/modules/studio/hooks/useDraftProgress';
import { draftChain, picturesLeft } from '@/modules/studio/lib/draftChain';
import { studioApiErrorMessage, studioErrorMessage } from '@/modules/studio/lib/studioErrors';
import type { StudioDraft, StudioIdentity, StudioQuota } from '@/modules/studio/lib/studioTypes';
import { Button } from '@/modules/ui/components/Button';
import { focusAndReveal } from '@/modules/ui/lib/focus';
import { CATEGORY_LABELS } from '@/modules/identities/lib/labels';

export interface StudioWorkspaceProps {
  identity: StudioIdentity;
  quota: StudioQuota;
  headingRef: React.Ref<HTMLHeadingElement>;
}

const newKey = () => globalThis.crypto.randomUUID();

/** One identity in the studio: its scene, the picture, refinements, keeping and the history. */
export function StudioWorkspace({ identity, quota, headingRef }: StudioWorkspaceProps) {
  const drafts = useDrafts(identity.id);
  const saveScene = useSaveScene();
  const generate = useGenerateDraft();
  const refine = useRefineDraft();
  const keep = useSaveDraft();
  const stage = useRef<HTMLElement>(null);
  const [shownId, setShownId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [startError, setStartError] = useState<string>();

  const list = drafts.data ?? [];
  const shown = list.find((draft) => draft.id === shownId) ?? list[0];
  const { progress, streamError } = useDraftProgress(shown, {
    onSettled: (finished) =>
      setAnnouncement(
        finished.status === 'ready'
          ? `Your picture of ${identity.name} is ready.`
          : `The picture could not be made. ${studioErrorMessage(finished.errorCode)}`,
      ),
  });
  const blockedReason =
    picturesLeft(quota) === 0 ? 'No pictures left today; every draft you made is kept.' : undefined;
  const starting = saveScene.isPending || generate.isPending || refine.isPending;

  /** A new pending draft is shown at once, and focus goes to it like the chat's cards. */
  function show(draft: StudioDraft, focus = false) {
    setShownId(draft.id);
    if (focus && stage.current) {
      focusAndReveal(stage.current);
    }
  }

  function started(draft: StudioDraft) {
    setStartError(undefined);
    setAnnouncement('Making your picture…');
    show(draft, true);
  }

  async function createPicture(
    scene: Parameters<typeof saveScene.mutateAsync>[0]['scene'],
    changed: boolean,
  ) {
    setStartError(undefined);
    try {
      if (changed || !identity.scene) {
        await saveScene.mutateAsync({ identityId: identity.id, scene });
      }
      started(await generate.mutateAsync({ identityId: identity.id, idempotencyKey: newKey() }));
    } catch (error) {
      setStartError(studioApiErrorMessage(error as Parameters<typeof studioApiErrorMessage>[0]));
    }
  }

  async function refineShown(instruction: string, from = shown): Promise<boolean> {
    if (!from) {
      return false;
    }
    setStartError(undefined);
    try {
      started(await refine.mutateAsync({ draftId: from.id, instruction }));
      return true;
    } catch (error) {
      setStartError(studioApiErrorMessage(error as Parameters<typeof studioApiErrorMessage>[0]));
      return false;
    }
  }

  function retry() {
    if (!shown) {
      return;
    }
    const parent = shown.parentId ? list.find((draft) => draft.id === shown.parentId) : undefined;
    if (parent && shown.instruction) {
      void refineShown(shown.instruction, parent);
    } else {
      generate.mutate(
        { identityId: identity.id, idempotencyKey: newKey() },
        {
          onSuccess: started,
          onError: (error) => setStartError(studioApiErrorMessage(error)),
        },
      );
    }
  }

  const ready = shown?.status === 'ready';
  const kept = Boolean(ready && shown?.saved);

  return (
    <section aria-labelledby="studio-workspace-heading" className="mt-12">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
        {CATEGORY_LABELS[identity.category] ?? identity.category}
      </p>
      <h2
        id="studio-workspace-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 font-serif text-3xl font-semibold tracking-tight break-words text-ink focus:outline-none"
      >
        {identity.name}
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {drafts.isError ? (
        <p role="alert" className="mt-4 rounded-xl border border-clay-600/30 bg-clay-100 px-4 py-3 text-sm">
          We couldn’t load the drafts: {drafts.error.message}
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start">
        <div className="min-w-0">
          <DraftStage
            ref={stage}
            identityName={identity.name}
            draft={shown}
            progress={progress}
            streamError={streamError}
            retrying={starting}
            onRetry={retry}
          />
          {ready && shown ? (
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <Button
                size="lg"
                aria-disabled={kept || keep.isPending}
                onClick={() => {
                  if (kept || keep.isPending) {
                    return;
                  }
                  keep.mutate(shown, {
                    onSuccess: () =>
                      setAnnouncement(
                        `Kept. This is now the picture of ${identity.name} on your identities.`,
                      ),
                  });
                }}
              >
                {kept ? '✓ Kept on this identity' : keep.isPending ? 'Keeping…' : 'Keep this picture'}
              </Button>
              {shown.imageUrl ? (
                <Button asChild size="lg" variant="secondary">
                  <a href={downloadUrl(shown.imageUrl)} download>
                    Download
                  </a>
                </Button>
              ) : null}
              {keep.error ? (
                <p role="alert" className="basis-full text-sm font-medium text-clay-600">
                  {studioApiErrorMessage(keep.error)}
                </p>
              ) : null}
            </div>
          ) : null}
          <DraftChain
            chain={draftChain(list, shown?.id)}
            currentId={shown?.id}
            onShow={(draft) => show(draft)}
          />
        </div>
        <div className="min-w-0 space-y-10 rounded-3xl border border-line/80 bg-white p-5 shadow-sm sm:p-7">
          <SceneForm
            scene={identity.scene}
            submitLabel={list.length === 0 ? 'Create my picture' : 'Create a new picture'}
            pending={saveScene.isPending || generate.isPending}
            blockedReason={blockedReason}
            error={startError}
            onSubmit={(scene, changed) => void createPicture(scene, changed)}
          />
          <RefineForm
            ready={ready}
            pending={refine.isPending}
            blockedReason={blockedReason}
            onRefine={(instruction) => refineShown(instruction)}
          />
        </div>
      </div>
      <DraftHistory drafts={list} currentId={shown?.id} onShow={(draft) => show(draft, true)} />
    </section>
  );
}
