import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { LlmService } from 'src/ai/llm.service';
import { ObjectStorage } from 'src/storage/object-storage';
import { studioConfig } from 'src/studio/config/studio.config';
import type { StudioReferenceDto } from 'src/studio/dto/studio.dto';
import type { StudioReferenceEntity } from 'src/studio/entities/studio-reference.entity';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioGateService } from 'src/studio/studio-gate.service';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';
import { readObject } from 'src/studio/studio-files.service';
import { referenceKeys, THUMBNAIL_PX } from 'src/studio/studio-storage';
import { StudioException } from 'src/studio/studio.exception';

/** Reads the uploaded file, refusing more than `maxBytes` (the controller binds it to the request). */
export type UploadReader = (maxBytes: number) => Promise<Buffer>;

const FORMATS = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
} as const;
type Format = keyof typeof FORMATS;

// A decompression bomb (a small file that decodes to gigapixels) is refused like any bad image.
const MAX_INPUT_PIXELS = 40_000_000;

export const referenceUrls = (base: string, id: string): { url: string; thumbnailUrl: string } => ({
  url: `${base}/${id}/image`,
  thumbnailUrl: `${base}/${id}/thumbnail`,
});

export const toReferenceDto = (row: StudioReferenceEntity, base: string): StudioReferenceDto => ({
  id: row.id,
  contentType: row.contentType,
  width: row.width,
  height: row.height,
  ...referenceUrls(base, row.id),
  createdAt: row.createdAt.toISOString(),
});

export const CLIENT_REFERENCES_BASE = '/api/v1/studio/references';

interface CleanImage {
  format: Format;
  image: Buffer;
  thumbnail: Buffer;
  /** A smaller JPEG of the photo for the moderation model (a data URL must stay small). */
  screening: Buffer;
  width: number;
  height: number;
}

/** The longest side of the copy moderation sees: enough to judge, small as a data URL. */
const SCREENING_PX = 768;

/**
 * Reference photos: decoded with sharp (the type is what decodes, not what the request claims),
 * turned upright, re-encoded without any metadata (EXIF, GPS, ICC comments) and thumbnailed.
 */
@Injectable()
export class ReferencesService {
  private readonly logger = new Logger(ReferencesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: StudioGateService,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
    private readonly storage: ObjectStorage,
    private readonly llm: LlmService,
    @Inject(studioConfig.KEY) private readonly config: ConfigType<typeof studioConfig>,
  ) {}

  async list(userId: string): Promise<StudioReferenceDto[]> {
    const rows = await this.profiles.listReferences(userId);
    return rows.map((row) => toReferenceDto(row, CLIENT_REFERENCES_BASE));
  }

  async upload(userId: string, read: UploadReader): Promise<StudioReferenceDto> {
    await this.gate.assertOpen(userId);
    // Refused before the body is read; checked again under the lock below.
    if ((await this.profiles.listReferences(userId)).length >= this.config.maxReferences) {
      throw StudioException.referenceLimit(this.config.maxReferences);
    }
    const clean = await this.clean(await read(this.config.maxUploadBytes));
    // Screened before anything is stored: a photo the moderation model flags is refused.
    const verdict = await this.llm.moderate(
      { images: [{ data: clean.screening, contentType: 'image/jpeg' }] },
      { userId },
    );
    if (verdict.flagged) {
      throw StudioException.photoBlocked();
    }
    const id = randomUUID();
    const { contentType, extension } = FORMATS[clean.format];
    const keys = referenceKeys(userId, id, extension);
    try {
      const row = await this.dataSource.transaction(async (db) => {
        await this.drafts.lockClient(db, userId);
        if ((await this.profiles.countReferences(db, userId)) >= this.config.maxReferences) {
          throw StudioException.referenceLimit(this.config.maxReferences);
        }
        await this.storage.put(keys.image, clean.image, { contentType });
        await this.storage.put(keys.thumbnail, clean.thumbnail, { contentType });
        return this.profiles.insertReference(db, {
          id,
          userId,
          contentType,
          width: clean.width,
          height: clean.height,
          sizeBytes: clean.image.length,
          storageKey: keys.image,
          thumbnailKey: keys.thumbnail,
        });
      });
      return toReferenceDto(row, CLIENT_REFERENCES_BASE);
    } catch (error) {
      await this.removeObjects([keys.image, keys.thumbnail]);
      throw error;
    }
  }

  async remove(userId: string, id: string): Promise<void> {
    const row = await this.profiles.findReference(userId, id);
    if (!row) {
      throw StudioException.referenceNotFound();
    }
    await this.profiles.deleteReference(row.id);
    await this.removeObjects([row.storageKey, row.thumbnailKey]);
  }

  /** The photos' bytes for an image call (generation with references). */
  async loadForPrompt(userId: string): Promise<{ data: Buffer; contentType: string }[]> {
    const rows = await this.profiles.listReferences(userId);
    const loaded: { data: Buffer; contentType: string }[] = [];
    for (const row of rows) {
      const data = await readObject(this.storage, row.storageKey);
      if (data) {
        loaded.push({ data, contentType: row.contentType });
      }
    }
    return loaded;
  }

  private async clean(input: Buffer): Promise<CleanImage> {
    let format: Format;
    try {
      const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
      if (meta.format !== 'jpeg' && meta.format !== 'png' && meta.format !== 'webp') {
        throw StudioException.invalidImage();
      }
      format = meta.format;
      // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless
      // asked (withMetadata), so the re-encoded file carries no EXIF or GPS.
      const upright = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
      const { data: image, info } = await upright
        .clone()
        .toFormat(format)
        .toBuffer({ resolveWithObject: true });
      const thumbnail = await sharp(image)
        .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
        .toFormat(format)
        .toBuffer();
      const screening = await sharp(image)
        .resize(SCREENING_PX, SCREENING_PX, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 80 })
        .toBuffer();
      return { format, image, thumbnail, screening, width: info.width, height: info.height };
    } catch (error) {
      if (error instanceof StudioException) {
        throw error;
      }
      // Anything sharp cannot decode (text, a truncated file, an unsupported format) is not a photo.
      throw StudioException.invalidImage();
    }
  }

  private async removeObjects(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage.delete(key).catch((error: unknown) => {
        this.logger.warn({ err: error, key }, 'Could not delete a studio object');
      });
    }
  }
}
