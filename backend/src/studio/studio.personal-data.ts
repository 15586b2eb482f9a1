import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type DataSubject,
  exportRows,
  PersonalDataRegistry,
  RegisteredPersonalData,
} from 'src/common/privacy/personal-data';
import { ObjectStorage } from 'src/storage/object-storage';
import { StudioAppearanceEntity } from 'src/studio/entities/studio-appearance.entity';
import { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';
import { StudioReferenceEntity } from 'src/studio/entities/studio-reference.entity';
import { StudioSceneEntity } from 'src/studio/entities/studio-scene.entity';

/**
 * The studio: appearance, reference photos, scenes and drafts. The rows cascade from `users`;
 * the files do not, so erasure deletes every object under the client's keys from storage (the
 * export lists the rows; the pictures themselves stay downloadable until the account is gone).
 */
@Injectable()
export class StudioPersonalData extends RegisteredPersonalData {
  readonly section = 'studio';
  private readonly logger = new Logger(StudioPersonalData.name);

  constructor(
    registry: PersonalDataRegistry,
    private readonly storage: ObjectStorage,
  ) {
    super(registry);
  }

  async export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    const mine = { userId: subject.id };
    const [appearance] = await exportRows(manager, StudioAppearanceEntity, mine);
    const drafts = await exportRows(manager, StudioDraftEntity, mine, [
      'idempotencyKey',
      'imageKey',
      'thumbnailKey',
    ]);
    return {
      appearance: appearance ?? null,
      references: await exportRows(manager, StudioReferenceEntity, mine, ['storageKey', 'thumbnailKey']),
      scenes: await exportRows(manager, StudioSceneEntity, mine),
      drafts: drafts.filter((draft) => !draft.deletedAt),
    };
  }

  async erase(subject: DataSubject, manager: EntityManager): Promise<void> {
    const [references, drafts] = await Promise.all([
      manager.getRepository(StudioReferenceEntity).find({ where: { userId: subject.id } }),
      manager.getRepository(StudioDraftEntity).find({ where: { userId: subject.id } }),
    ]);
    const keys = [
      ...references.flatMap((row) => [row.storageKey, row.thumbnailKey]),
      ...drafts.flatMap((row) => [row.imageKey, row.thumbnailKey]),
    ].filter((key): key is string => !!key);
    // Before the rows go (with the users row): a failed delete fails the erasure, which can be
    // run again, rather than leaving files nobody can find.
    for (const key of keys) {
      await this.storage.delete(key);
    }
    this.logger.log({ files: keys.length }, 'Deleted studio files of an erased account');
  }
}
