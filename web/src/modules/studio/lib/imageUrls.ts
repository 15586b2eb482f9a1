// Addresses of studio images the client builds itself, from ids it already has (docs/studio.md).
// Drafts and references carry their own URLs; an identity's kept picture is known by its id.

/** The small version of an identity's kept picture, or undefined when none is kept. */
export function savedThumbnailUrl(savedDraftId: string | null | undefined): string | undefined {
  return savedDraftId ? `/api/v1/studio/drafts/${encodeURIComponent(savedDraftId)}/thumbnail` : undefined;
}

/** An identity's kept picture (`GET /identities/:id/image`, 404 when none). */
export function identityImageUrl(identityId: string): string {
  return `/api/v1/identities/${encodeURIComponent(identityId)}/image`;
}
