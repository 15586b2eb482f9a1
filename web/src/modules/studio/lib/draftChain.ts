import type { StudioDraft } from '@/modules/studio/lib/studioTypes';

/**
 * The drafts that led to `draftId`, oldest first and ending with it: its parent, the parent's
 * parent… up to the first generation. A parent the client deleted ends the chain there.
 */
export function draftChain(
  drafts: readonly StudioDraft[],
  draftId: string | null | undefined,
): StudioDraft[] {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const chain: StudioDraft[] = [];
  const seen = new Set<string>();
  let current = draftId ? byId.get(draftId) : undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

/** How many pictures are left today (never below zero). */
export function picturesLeft(quota: { used: number; limit: number }): number {
  return Math.max(0, quota.limit - quota.used);
}

/** A one-line description of a draft for labels: what made it and when. */
export function describeDraft(draft: StudioDraft, formatTime: (iso: string) => string): string {
  const made = draft.instruction ? `Refined: “${draft.instruction}”` : 'First picture';
  return `${made}, ${formatTime(draft.createdAt)}`;
}
