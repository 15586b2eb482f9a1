// The studio's shapes as the API documents them (docs/studio.md). Provisional until the
// generated client has the studio routes; then these become aliases of its schemas.

export type DraftStatus = 'pending' | 'ready' | 'failed';

export interface StudioQuota {
  used: number;
  limit: number;
  resetsAt: string;
}

export interface StudioAppearance {
  description: string;
}

export interface StudioReference {
  id: string;
  contentType: string;
  width: number;
  height: number;
  thumbnailUrl: string;
  url: string;
  createdAt: string;
}

export interface StudioScene {
  clothing?: string | null;
  mood?: string | null;
  setting?: string | null;
  extraPrompt?: string | null;
}

export interface StudioIdentity {
  id: string;
  name: string;
  category: string;
  state: string;
  scene: StudioScene | null;
  savedDraftId: string | null;
  draftCount: number;
}

export interface StudioState {
  open: boolean;
  reason?: string | null;
  override: boolean;
  quota: StudioQuota;
  appearance: StudioAppearance | null;
  references: StudioReference[];
  identities: StudioIdentity[];
}

export interface StudioDraft {
  id: string;
  identityId: string;
  parentId: string | null;
  status: DraftStatus;
  instruction: string | null;
  errorCode: string | null;
  saved: boolean;
  createdAt: string;
  imageUrl: string | null;
  thumbnailUrl: string | null;
  demo: boolean;
}
