import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { LlmService } from 'src/ai/llm.service';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { ObjectStorage } from 'src/storage/object-storage';
import { DraftEventsService } from 'src/studio/draft-events.service';
import { CLIENT_DRAFTS_BASE, toDraftDto } from 'src/studio/draft.view';
import type { StudioDraftDto, StudioIdentityDto } from 'src/studio/dto/studio.dto';
import type { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioGateService } from 'src/studio/studio-gate.service';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';
import { StudioPromptService } from 'src/studio/studio-prompt.service';
import { StudioException } from 'src/studio/studio.exception';
import { toStudioIdentity } from 'src/studio/studio.service';

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';

// The job's own retries cover a crashed worker or a storage hiccup; the provider's transport
// retries (ImageService) already happened inside each attempt.
const IMAGE_JOB_ATTEMPTS = 2;

/**
 * Generate, refine, save and delete drafts. A new draft is screened (moderation of the prompt),
 * charged against the day's quota and queued in one go; the studio.image job draws it.
 */
@Injectable()
export class DraftsService {
  private readonly logger = new Logger(DraftsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: StudioGateService,
    private readonly identities: IdentitiesService,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
    private readonly prompts: StudioPromptService,
    private readonly llm: LlmService,
    private readonly queue: QueueService,
    private readonly events: DraftEventsService,
    private readonly storage: ObjectStorage,
  ) {}

  // Ownership first, the gate second: another client's id is a 404 whether or not the caller's
  // studio is open.
  async generate(userId: string, identityId: string, idempotencyKey?: string): Promise<StudioDraftDto> {
    await this.identities.get(userId, identityId);
    await this.gate.assertOpen(userId);
    const repeated = await this.repeated(userId, idempotencyKey, {
      identityId,
      parentId: null,
      instruction: null,
    });
    if (repeated) {
      return repeated;
    }
    await this.screen(userId, await this.prompts.screeningText(userId, identityId, null));
    return this.create(userId, {
      identityId,
      parentId: null,
      instruction: null,
      idempotencyKey: idempotencyKey ?? null,
    });
  }

  async refine(
    userId: string,
    draftId: string,
    instruction: string,
    idempotencyKey?: string,
  ): Promise<StudioDraftDto> {
    const parent = await this.owned(userId, draftId);
    await this.gate.assertOpen(userId);
    const repeated = await this.repeated(userId, idempotencyKey, {
      identityId: parent.identityId,
      parentId: parent.id,
      instruction,
    });
    if (repeated) {
      return repeated;
    }
    if (parent.status !== 'ready' || !parent.imageKey) {
      throw StudioException.draftNotReady();
    }
    await this.identities.get(userId, parent.identityId);
    await this.screen(userId, await this.prompts.screeningText(userId, parent.identityId, instruction));
    return this.create(userId, {
      identityId: parent.identityId,
      parentId: parent.id,
      instruction,
      idempotencyKey: idempotencyKey ?? null,
    });
  }

  /** Makes a ready draft the identity's picture. */
  async save(userId: string, draftId: string): Promise<StudioIdentityDto> {
    const draft = await this.owned(userId, draftId);
    await this.gate.assertOpen(userId);
    if (draft.status !== 'ready') {
      throw StudioException.draftNotReady();
    }
    const identity = await this.identities.get(userId, draft.identityId);
    await this.dataSource.transaction((db) =>
      this.profiles.setSavedDraft(db, userId, draft.identityId, draft.id),
    );
    const [scene, counts] = await Promise.all([
      this.profiles.findScene(userId, draft.identityId),
      this.drafts.countByIdentity(userId),
    ]);
    return toStudioIdentity(identity, scene, counts.get(identity.id) ?? 0);
  }

  /** Deletes the draft's images; the saved one's deletion clears the identity's picture. */
  async remove(userId: string, draftId: string): Promise<void> {
    const draft = await this.owned(userId, draftId);
    await this.dataSource.transaction(async (db) => {
      await this.profiles.clearSavedDraft(db, draft.id);
      await this.drafts.markDeleted(db, draft.id);
    });
    for (const key of [draft.imageKey, draft.thumbnailKey]) {
      if (key) {
        await this.storage.delete(key).catch((error: unknown) => {
          this.logger.warn({ err: error, key }, 'Could not delete a draft image');
        });
      }
    }
  }

  async owned(userId: string, draftId: string): Promise<StudioDraftEntity> {
    const draft = await this.drafts.findOwned(userId, draftId);
    if (!draft) {
      throw StudioException.draftNotFound();
    }
    return draft;
  }

  async view(draft: StudioDraftEntity): Promise<StudioDraftDto> {
    const scene = await this.profiles.findScene(draft.userId, draft.identityId);
    return toDraftDto(draft, scene?.savedDraftId ?? null, CLIENT_DRAFTS_BASE);
  }

  // Same key, same request → the draft it made, with no second charge; another request → 409.
  private async repeated(
    userId: string,
    key: string | undefined,
    request: Pick<StudioDraftEntity, 'identityId' | 'parentId' | 'instruction'>,
  ): Promise<StudioDraftDto | null> {
    if (!key) {
      return null;
    }
    const existing = await this.drafts.findByIdempotencyKey(userId, key);
    if (!existing) {
      return null;
    }
    if (
      existing.identityId !== request.identityId ||
      existing.parentId !== request.parentId ||
      existing.instruction !== request.instruction ||
      existing.deletedAt
    ) {
      throw StudioException.idempotencyKeyReused();
    }
    return this.view(existing);
  }

  private async screen(userId: string, text: string): Promise<void> {
    if (!text.trim()) {
      return;
    }
    const verdict = await this.llm.moderate(text, { userId });
    if (verdict.flagged) {
      throw StudioException.promptBlocked();
    }
  }

  private async create(
    userId: string,
    row: Pick<StudioDraftEntity, 'identityId' | 'parentId' | 'instruction' | 'idempotencyKey'>,
  ): Promise<StudioDraftDto> {
    await this.drafts.failStale(userId, StudioGateService.STALE_PENDING_MS);
    let draft: StudioDraftEntity;
    try {
      draft = await this.dataSource.transaction(async (db) => {
        await this.drafts.lockClient(db, userId);
        await this.gate.assertQuota(db, userId);
        return this.drafts.insert(db, { userId, ...row });
      });
    } catch (error) {
      // The same Idempotency-Key sent twice at once: the second insert meets the unique index.
      const again =
        row.idempotencyKey && isUniqueViolation(error)
          ? await this.repeated(userId, row.idempotencyKey, row)
          : null;
      if (again) {
        return again;
      }
      throw error;
    }
    try {
      await this.events.progress(draft.id, 'queued', 0);
      await this.queue.enqueue(
        QueueName.Studio,
        'studio.image',
        { draftId: draft.id },
        { jobId: `studio-image-${draft.id}`, attempts: IMAGE_JOB_ATTEMPTS },
      );
    } catch (error) {
      // Not queued: fail the draft so its unit comes back and no one waits for it.
      await this.drafts.markFailed(draft.id, 'image_failed');
      throw error;
    }
    return this.view(draft);
  }
}
