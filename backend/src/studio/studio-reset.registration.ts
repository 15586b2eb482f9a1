import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoachingResetService } from 'src/coaching/reset/coaching-reset.service';
import { ObjectStorage } from 'src/storage/object-storage';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';

/**
 * A coaching reset or test-scenario restore deletes the client's identities, and their drafts
 * with them (ON DELETE CASCADE); the drafts' files are not rows, so this deletes them once the
 * wipe has committed. Reference photos belong to the client, not to the coaching: they stay.
 */
@Injectable()
export class StudioResetRegistration implements OnModuleInit {
  private readonly logger = new Logger(StudioResetRegistration.name);

  constructor(
    private readonly resets: CoachingResetService,
    private readonly drafts: StudioDraftsRepository,
    private readonly storage: ObjectStorage,
  ) {}

  onModuleInit(): void {
    this.resets.register({ beforeWipe: (db, userId) => this.draftFiles(db, userId) });
  }

  private async draftFiles(db: EntityManager, userId: string): Promise<(() => Promise<void>) | null> {
    const keys = await this.drafts.storageKeysOfUser(db, userId);
    return keys.length > 0 ? () => this.deleteFiles(userId, keys) : null;
  }

  /** One file that cannot be deleted does not keep the others; the reset stands either way. */
  private async deleteFiles(userId: string, keys: readonly string[]): Promise<void> {
    let failed = 0;
    for (const key of keys) {
      try {
        await this.storage.delete(key);
      } catch (error) {
        failed += 1;
        this.logger.error({ err: error, key }, 'Could not delete a studio file after a coaching reset');
      }
    }
    this.logger.log(
      { userId, files: keys.length - failed, failed },
      'Deleted studio files after a coaching reset',
    );
  }
}
