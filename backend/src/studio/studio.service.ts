import { Injectable } from '@nestjs/common';
import type { IdentityView } from 'src/coaching/identities/identity.view';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import type {
  StudioAppearanceDto,
  StudioDraftDto,
  StudioIdentityDto,
  StudioQuotaDto,
  StudioReferenceDto,
  StudioSceneDto,
  StudioStateDto,
  UpdateSceneDto,
} from 'src/studio/dto/studio.dto';
import type { StudioAppearanceEntity } from 'src/studio/entities/studio-appearance.entity';
import type { StudioSceneEntity } from 'src/studio/entities/studio-scene.entity';
import { CLIENT_DRAFTS_BASE, toDraftDto } from 'src/studio/draft.view';
import { CLIENT_REFERENCES_BASE, toReferenceDto } from 'src/studio/references.service';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioGateService, type StudioQuota } from 'src/studio/studio-gate.service';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';

const EMPTY_SCENE: StudioSceneDto = { clothing: null, mood: null, setting: null, extraPrompt: null };

const orNull = (value: string | null | undefined): string | null => (value ? value : null);

export const toSceneDto = (scene: StudioSceneEntity | null | undefined): StudioSceneDto =>
  scene
    ? { clothing: scene.clothing, mood: scene.mood, setting: scene.setting, extraPrompt: scene.extraPrompt }
    : { ...EMPTY_SCENE };

export const toAppearanceDto = (row: StudioAppearanceEntity | null): StudioAppearanceDto => ({
  description: row?.description ?? '',
  updatedAt: row?.updatedAt.toISOString() ?? null,
});

export const toQuotaDto = (quota: StudioQuota): StudioQuotaDto => ({
  used: quota.used,
  limit: quota.limit,
  resetsAt: quota.resetsAt.toISOString(),
});

/** The studio's page data and its simple writes (appearance, scenes); drafts are DraftsService's. */
@Injectable()
export class StudioService {
  constructor(
    private readonly gate: StudioGateService,
    private readonly identities: IdentitiesService,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
  ) {}

  async state(userId: string): Promise<StudioStateDto> {
    await this.drafts.failStale(userId, StudioGateService.STALE_PENDING_MS);
    const [access, quota, inputs] = await Promise.all([
      this.gate.access(userId),
      this.gate.quota(userId),
      this.inputs(userId, CLIENT_REFERENCES_BASE),
    ]);
    return {
      open: access.open,
      ...(access.open ? {} : { reason: 'phase' as const }),
      override: access.override,
      quota: toQuotaDto(quota),
      ...inputs,
    };
  }

  /** Appearance, photos and identities with their scenes: the client's page and the staff view. */
  async inputs(
    userId: string,
    referencesBase: string,
  ): Promise<{
    appearance: StudioAppearanceDto;
    references: StudioReferenceDto[];
    identities: StudioIdentityDto[];
  }> {
    const [appearance, references, identities, scenes, counts] = await Promise.all([
      this.profiles.findAppearance(userId),
      this.profiles.listReferences(userId),
      this.identities.list(userId),
      this.profiles.listScenes(userId),
      this.drafts.countByIdentity(userId),
    ]);
    const sceneOf = new Map(scenes.map((scene) => [scene.identityId, scene]));
    return {
      appearance: toAppearanceDto(appearance),
      references: references.map((row) => toReferenceDto(row, referencesBase)),
      identities: identities.map((identity) =>
        toStudioIdentity(identity, sceneOf.get(identity.id), counts.get(identity.id) ?? 0),
      ),
    };
  }

  async saveAppearance(userId: string, description: string): Promise<StudioAppearanceDto> {
    await this.gate.assertOpen(userId);
    return toAppearanceDto(await this.profiles.saveAppearance(userId, description));
  }

  async saveScene(userId: string, identityId: string, dto: UpdateSceneDto): Promise<StudioSceneDto> {
    await this.identities.get(userId, identityId);
    await this.gate.assertOpen(userId);
    const scene = await this.profiles.saveScene(userId, identityId, {
      clothing: orNull(dto.clothing),
      mood: orNull(dto.mood),
      setting: orNull(dto.setting),
      extraPrompt: orNull(dto.extraPrompt),
    });
    return toSceneDto(scene);
  }

  async listDrafts(userId: string, identityId: string): Promise<StudioDraftDto[]> {
    await this.identities.get(userId, identityId);
    await this.drafts.failStale(userId, StudioGateService.STALE_PENDING_MS);
    const [drafts, scene] = await Promise.all([
      this.drafts.listForIdentity(userId, identityId),
      this.profiles.findScene(userId, identityId),
    ]);
    return drafts.map((draft) => toDraftDto(draft, scene?.savedDraftId ?? null, CLIENT_DRAFTS_BASE));
  }
}

export const toStudioIdentity = (
  identity: IdentityView,
  scene: StudioSceneEntity | null | undefined,
  draftCount: number,
): StudioIdentityDto => ({
  id: identity.id,
  name: identity.name,
  category: identity.category,
  state: identity.state,
  scene: toSceneDto(scene),
  savedDraftId: scene?.savedDraftId ?? null,
  draftCount,
});
