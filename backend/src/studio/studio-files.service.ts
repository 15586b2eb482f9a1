import { Injectable } from '@nestjs/common';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { ObjectStorage, type StoredObject } from 'src/storage/object-storage';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';
import { StudioException } from 'src/studio/studio.exception';

export type ImageVariant = 'image' | 'thumbnail';

export interface StudioFile extends StoredObject {
  filename: string;
}

export const readObject = async (storage: ObjectStorage, key: string): Promise<Buffer | null> => {
  const stored = await storage.get(key);
  if (!stored) {
    return null;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stored.body) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

/**
 * The studio's image bytes, streamed from object storage behind the routes' checks: `userId`
 * scopes a client to their own files; `null` is staff, who may read any client's.
 */
@Injectable()
export class StudioFilesService {
  constructor(
    private readonly storage: ObjectStorage,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
    private readonly identities: IdentitiesService,
  ) {}

  async reference(userId: string | null, id: string, variant: ImageVariant): Promise<StudioFile> {
    const row = userId
      ? await this.profiles.findReference(userId, id)
      : await this.profiles.findReferenceById(id);
    if (!row) {
      throw StudioException.referenceNotFound();
    }
    const extension = row.storageKey.split('.').pop() ?? 'img';
    return this.open(variant === 'image' ? row.storageKey : row.thumbnailKey, `photo-${row.id}.${extension}`);
  }

  async draft(userId: string | null, id: string, variant: ImageVariant): Promise<StudioFile> {
    const row = userId ? await this.drafts.findOwned(userId, id) : await this.drafts.findLive(id);
    if (!row) {
      throw StudioException.draftNotFound();
    }
    const key = variant === 'image' ? row.imageKey : row.thumbnailKey;
    if (row.status !== 'ready' || !key) {
      throw StudioException.imageNotFound();
    }
    return this.open(key, `studio-${row.id}.png`);
  }

  /** The identity's saved picture; 404 when it has none. */
  async identityPicture(userId: string, identityId: string, variant: ImageVariant): Promise<StudioFile> {
    const identity = await this.identities.get(userId, identityId);
    const saved = (await this.profiles.savedDrafts(userId, [identity.id])).get(identity.id);
    if (!saved) {
      throw StudioException.imageNotFound();
    }
    return this.draft(userId, saved, variant);
  }

  /** Saved pictures of the given identities as PNG bytes (identity id → bytes), for the PDF. */
  async savedPictures(userId: string, identityIds: readonly string[]): Promise<Map<string, Buffer>> {
    const saved = await this.profiles.savedDrafts(userId, identityIds);
    const pictures = new Map<string, Buffer>();
    for (const [identityId, draftId] of saved) {
      const draft = await this.drafts.findOwned(userId, draftId);
      const bytes = draft?.imageKey ? await readObject(this.storage, draft.imageKey) : null;
      if (bytes) {
        pictures.set(identityId, bytes);
      }
    }
    return pictures;
  }

  private async open(key: string, filename: string): Promise<StudioFile> {
    const stored = await this.storage.get(key);
    if (!stored) {
      throw StudioException.imageNotFound();
    }
    return { ...stored, filename };
  }
}
