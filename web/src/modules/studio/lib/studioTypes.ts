import type { components } from '@dev-coach/api-client';

// The studio's shapes, from the generated client (docs/studio.md).
type Schemas = components['schemas'];

export type StudioState = Schemas['StudioStateDto'];
export type StudioQuota = Schemas['StudioQuotaDto'];
export type StudioAppearance = Schemas['StudioAppearanceDto'];
export type StudioReference = Schemas['StudioReferenceDto'];
export type StudioIdentity = Schemas['StudioIdentityDto'];
export type StudioScene = Schemas['StudioSceneDto'];
export type SceneUpdate = Schemas['UpdateSceneDto'];
export type StudioDraft = Schemas['StudioDraftDto'];
export type DraftStatus = StudioDraft['status'];
export type DraftErrorCode = NonNullable<StudioDraft['errorCode']>;
