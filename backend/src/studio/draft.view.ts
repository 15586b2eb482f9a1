import type { StudioDraftDto } from 'src/studio/dto/studio.dto';
import type { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';

export const CLIENT_DRAFTS_BASE = '/api/v1/studio/drafts';
export const STAFF_DRAFTS_BASE = '/api/v1/admin/studio/drafts';

/** A draft as the API shows it; image addresses only once it is ready. */
export const toDraftDto = (
  draft: StudioDraftEntity,
  savedDraftId: string | null,
  base: string = CLIENT_DRAFTS_BASE,
): StudioDraftDto => {
  const ready = draft.status === 'ready' && draft.imageKey !== null;
  return {
    id: draft.id,
    identityId: draft.identityId,
    parentId: draft.parentId,
    status: draft.status,
    instruction: draft.instruction,
    errorCode: draft.errorCode,
    saved: savedDraftId === draft.id,
    createdAt: draft.createdAt.toISOString(),
    imageUrl: ready ? `${base}/${draft.id}/image` : null,
    thumbnailUrl: ready ? `${base}/${draft.id}/thumbnail` : null,
    demo: draft.demo,
  };
};
