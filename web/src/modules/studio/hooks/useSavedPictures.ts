import { useQuery } from '@tanstack/react-query';
import { studioQueryOptions } from '@/modules/studio/api/studio';
import { savedThumbnailUrl } from '@/modules/studio/lib/imageUrls';
import type { StudioState } from '@/modules/studio/lib/studioTypes';

// Outside the hook, so the map is only built again when the studio state changes.
const picturesOf = (studio: StudioState): ReadonlyMap<string, string> =>
  new Map(
    studio.identities.flatMap((identity) => {
      const url = savedThumbnailUrl(identity.savedDraftId);
      return url ? [[identity.id, url] as const] : [];
    }),
  );

/**
 * The small version of each identity's kept studio picture, by identity id. A locked studio keeps
 * none; screens that show them work the same without, so an error only leaves this undefined.
 */
export function useSavedPictures(): ReadonlyMap<string, string> | undefined {
  return useQuery({ ...studioQueryOptions(), select: picturesOf }).data;
}
