import { Injectable, Logger } from '@nestjs/common';
import sharp from 'sharp';
import { ImageService } from 'src/ai/images/image.service';
import { ImageGenerationError, type ImageResult } from 'src/ai/images/image.types';
import { ObjectStorage } from 'src/storage/object-storage';
import { DraftEventsService } from 'src/studio/draft-events.service';
import { DraftsService } from 'src/studio/drafts.service';
import type { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';
import { ReferencesService } from 'src/studio/references.service';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioPromptService } from 'src/studio/studio-prompt.service';
import { draftKeys, THUMBNAIL_PX } from 'src/studio/studio-storage';
import { readObject } from 'src/studio/studio-files.service';

/**
 * The studio.image job's work: draw one pending draft (a generation, or an edit of its parent),
 * store the PNG and its thumbnail, and tell followers. Runs again harmlessly: a draft that is no
 * longer pending is left alone.
 */
@Injectable()
export class DraftRunner {
  private readonly logger = new Logger(DraftRunner.name);

  constructor(
    private readonly drafts: StudioDraftsRepository,
    private readonly service: DraftsService,
    private readonly prompts: StudioPromptService,
    private readonly references: ReferencesService,
    private readonly images: ImageService,
    private readonly storage: ObjectStorage,
    private readonly events: DraftEventsService,
  ) {}

  async run(draftId: string, lastAttempt: boolean): Promise<void> {
    const draft = await this.drafts.findLive(draftId);
    if (!draft || draft.status !== 'pending') {
      return;
    }
    try {
      await this.events.progress(draft.id, 'generating', 10);
      const result = await this.draw(draft);
      await this.events.progress(draft.id, 'storing', 85);
      const keys = draftKeys(draft.userId, draft.id);
      const thumbnail = await sharp(result.png)
        .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer();
      await this.storage.put(keys.image, result.png, { contentType: 'image/png' });
      await this.storage.put(keys.thumbnail, thumbnail, { contentType: 'image/png' });
      const stored = await this.drafts.markReady(draft.id, {
        imageKey: keys.image,
        thumbnailKey: keys.thumbnail,
        width: result.width,
        height: result.height,
        model: result.model,
        demo: result.demo,
        llmCallId: result.llmCallId,
      });
      if (!stored) {
        // Deleted or finished meanwhile: the new files belong to no draft.
        await this.storage.delete(keys.image);
        await this.storage.delete(keys.thumbnail);
        return;
      }
      const fresh = await this.drafts.findAny(draft.id);
      if (fresh) {
        await this.events.done(draft.id, await this.service.view(fresh));
      }
    } catch (error) {
      if (error instanceof ImageGenerationError) {
        // Final: the provider's own retries are spent, so the job does not try again.
        await this.fail(draft.id, error.code);
        return;
      }
      this.logger.warn({ err: error, draftId, lastAttempt }, 'A studio image job failed');
      if (lastAttempt) {
        await this.fail(draft.id, 'image_failed');
        return;
      }
      throw error;
    }
  }

  private async draw(draft: StudioDraftEntity): Promise<ImageResult> {
    // Reference photos go with a generation; a refine edits the parent, which already shows them.
    const references = draft.parentId ? [] : await this.references.loadForPrompt(draft.userId);
    const prompt = await this.prompts.forDraft(draft, references.length > 0);
    const request = {
      userId: draft.userId,
      purpose: prompt.purpose,
      prompt: prompt.prompt,
      subject: prompt.subject,
      promptVersionIds: prompt.promptVersionIds,
    };
    if (!draft.parentId) {
      return this.images.generateImage({ ...request, ...(references.length > 0 ? { references } : {}) });
    }
    const parent = await this.drafts.findAny(draft.parentId);
    const image = parent?.imageKey ? await readObject(this.storage, parent.imageKey) : null;
    if (!image) {
      // The parent was deleted after the refine was queued: nothing left to edit.
      throw new ImageGenerationError('image_failed', 'The draft to refine is gone.', { retryable: false });
    }
    return this.images.editImage({ ...request, image });
  }

  private async fail(draftId: string, code: ImageGenerationError['code']): Promise<void> {
    if (await this.drafts.markFailed(draftId, code)) {
      await this.events.error(draftId, code);
    }
  }
}
