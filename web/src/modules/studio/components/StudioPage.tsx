import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import { studioQueryOptions } from '@/modules/studio/api/studio';
import { AboutYouSection } from '@/modules/studio/components/AboutYouSection';
import { IdentityPicker } from '@/modules/studio/components/IdentityPicker';
import { QuotaChip } from '@/modules/studio/components/QuotaChip';
import { StudioLocked } from '@/modules/studio/components/StudioLocked';
import { StudioUnlockMoment } from '@/modules/studio/components/StudioUnlockMoment';
import { StudioWorkspace } from '@/modules/studio/components/StudioWorkspace';
import { hasSeenUnlock, markUnlockSeen } from '@/modules/studio/lib/unlockSeen';
import { PageHeader } from '@/modules/ui/components/PageHeader';
import { focusAndReveal, focusMainHeading } from '@/modules/ui/lib/focus';

/**
 * `/app/studio`: pictures of the client living each identity (docs/studio.md). Locked before the
 * last phase; the first visit after it opens shows the unlock moment once.
 */
export function StudioPage() {
  useDocumentTitle('Studio');
  const studio = useQuery(studioQueryOptions());
  const me = useQuery(meQueryOptions());
  const { identity: selectedId } = useSearch({ from: '/app/studio' });
  const userId = me.data?.id;
  const [entered, setEntered] = useState(false);
  const workspaceHeading = useRef<HTMLHeadingElement>(null);
  // Set by a pick (not a page load): focus then follows to the chosen identity's workspace.
  const picked = useRef(false);
  const enteredNow = useRef(false);

  useEffect(() => {
    if (picked.current && selectedId && workspaceHeading.current) {
      picked.current = false;
      focusAndReveal(workspaceHeading.current);
    }
  }, [selectedId]);

  useEffect(() => {
    if (entered && enteredNow.current) {
      enteredNow.current = false;
      focusMainHeading();
    }
  }, [entered]);

  if (studio.isError) {
    return (
      <StatusCard tone="problem" title="We couldn’t open your studio">
        <p>{studio.error.message}</p>
      </StatusCard>
    );
  }
  if (!studio.data || !userId) {
    return <StatusCard tone="pending" title="Opening your studio…" />;
  }
  const state = studio.data;
  if (!state.open) {
    return <StudioLocked reason={state.reason} />;
  }
  if (!entered && !hasSeenUnlock(userId)) {
    return (
      <StudioUnlockMoment
        firstName={me.data?.firstName}
        onEnter={() => {
          markUnlockSeen(userId);
          enteredNow.current = true;
          setEntered(true);
        }}
      />
    );
  }

  const selected = state.identities.find((identity) => identity.id === selectedId);
  return (
    <div className="mx-auto max-w-5xl px-5 py-8 sm:px-8 sm:py-12">
      <PageHeader
        title="Your studio"
        description="See yourself living each identity. Describe a scene, make a picture, refine it until it feels true, and keep it on the identity."
        actions={<QuotaChip quota={state.quota} />}
      />
      <AboutYouSection state={state} />
      <IdentityPicker
        identities={state.identities}
        selectedId={selected?.id}
        onPick={() => {
          picked.current = true;
        }}
      />
      {selected ? (
        <StudioWorkspace
          key={selected.id}
          identity={selected}
          quota={state.quota}
          headingRef={workspaceHeading}
        />
      ) : state.identities.length > 0 ? (
        <p className="mt-8 text-center leading-relaxed text-ink-soft">
          Choose an identity above to set its scene and make its picture.
        </p>
      ) : null}
    </div>
  );
}
