import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StudioAppearanceEntity } from 'src/studio/entities/studio-appearance.entity';
import { StudioReferenceEntity } from 'src/studio/entities/studio-reference.entity';
import { StudioSceneEntity } from 'src/studio/entities/studio-scene.entity';

export interface SceneFields {
  clothing: string | null;
  mood: string | null;
  setting: string | null;
  extraPrompt: string | null;
}

export type NewReference = Pick<
  StudioReferenceEntity,
  'id' | 'userId' | 'contentType' | 'width' | 'height' | 'sizeBytes' | 'storageKey' | 'thumbnailKey'
>;

// The client's studio inputs: appearance, reference photos and the scene (and saved picture)
// of each identity. Every read is scoped to the owner.
@Injectable()
export class StudioProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findAppearance(userId: string): Promise<StudioAppearanceEntity | null> {
    return this.db().getRepository(StudioAppearanceEntity).findOne({ where: { userId } });
  }

  async saveAppearance(userId: string, description: string): Promise<StudioAppearanceEntity> {
    await this.db()
      .createQueryBuilder()
      .insert()
      .into(StudioAppearanceEntity)
      .values({ userId, description })
      .orUpdate(['description', 'updated_at'], ['user_id'])
      .execute();
    return this.db().getRepository(StudioAppearanceEntity).findOneOrFail({ where: { userId } });
  }

  listReferences(userId: string, manager?: EntityManager): Promise<StudioReferenceEntity[]> {
    return this.db(manager)
      .getRepository(StudioReferenceEntity)
      .find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countReferences(manager: EntityManager, userId: string): Promise<number> {
    return manager.getRepository(StudioReferenceEntity).count({ where: { userId } });
  }

  insertReference(manager: EntityManager, row: NewReference): Promise<StudioReferenceEntity> {
    const repository = manager.getRepository(StudioReferenceEntity);
    return repository.save(repository.create(row));
  }

  findReference(userId: string, id: string): Promise<StudioReferenceEntity | null> {
    return this.db().getRepository(StudioReferenceEntity).findOne({ where: { id, userId } });
  }

  /** Staff views: any client's photo. */
  findReferenceById(id: string): Promise<StudioReferenceEntity | null> {
    return this.db().getRepository(StudioReferenceEntity).findOne({ where: { id } });
  }

  async deleteReference(id: string): Promise<void> {
    await this.db().getRepository(StudioReferenceEntity).delete({ id });
  }

  listScenes(userId: string): Promise<StudioSceneEntity[]> {
    return this.db().getRepository(StudioSceneEntity).find({ where: { userId } });
  }

  findScene(userId: string, identityId: string, manager?: EntityManager): Promise<StudioSceneEntity | null> {
    return this.db(manager).getRepository(StudioSceneEntity).findOne({ where: { userId, identityId } });
  }

  /** Saved draft ids of the given identities (identity id → draft id). */
  async savedDrafts(userId: string, identityIds: readonly string[]): Promise<Map<string, string>> {
    if (identityIds.length === 0) {
      return new Map();
    }
    const rows = await this.db()
      .getRepository(StudioSceneEntity)
      .createQueryBuilder('scene')
      .select(['scene.identityId', 'scene.savedDraftId'])
      .where('scene.userId = :userId', { userId })
      .andWhere('scene.identityId IN (:...identityIds)', { identityIds })
      .andWhere('scene.savedDraftId IS NOT NULL')
      .getMany();
    return new Map(rows.map((row) => [row.identityId, row.savedDraftId!]));
  }

  async saveScene(userId: string, identityId: string, fields: SceneFields): Promise<StudioSceneEntity> {
    await this.db()
      .createQueryBuilder()
      .insert()
      .into(StudioSceneEntity)
      .values({ userId, identityId, ...fields })
      .orUpdate(['clothing', 'mood', 'setting', 'extra_prompt', 'updated_at'], ['identity_id'])
      .execute();
    return this.db().getRepository(StudioSceneEntity).findOneOrFail({ where: { userId, identityId } });
  }

  async setSavedDraft(
    manager: EntityManager,
    userId: string,
    identityId: string,
    draftId: string | null,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(StudioSceneEntity)
      .values({ userId, identityId, savedDraftId: draftId })
      .orUpdate(['saved_draft_id', 'updated_at'], ['identity_id'])
      .execute();
  }

  async clearSavedDraft(manager: EntityManager, draftId: string): Promise<void> {
    await manager.getRepository(StudioSceneEntity).update({ savedDraftId: draftId }, { savedDraftId: null });
  }
}
