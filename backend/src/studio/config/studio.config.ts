import { registerAs } from '@nestjs/config';

export interface StudioConfig {
  /** Images (generations and refines) per client per UTC day. */
  dailyImages: number;
  /** Largest reference photo accepted, in bytes. */
  maxUploadBytes: number;
  /** Reference photos per client. */
  maxReferences: number;
  /** Image jobs one process runs at once (each holds an image in memory). */
  concurrency: number;
}

const positiveInt = (raw: string | undefined, fallback: number): number => {
  const value = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

export const buildStudioConfig = (env: Record<string, string | undefined> = process.env): StudioConfig => ({
  dailyImages: positiveInt(env.STUDIO_DAILY_IMAGES, 20),
  maxUploadBytes: positiveInt(env.STUDIO_MAX_UPLOAD_BYTES, 8 * 1024 * 1024),
  maxReferences: 5,
  concurrency: positiveInt(env.STUDIO_IMAGE_CONCURRENCY, 2),
});

export const studioConfig = registerAs('studio', () => buildStudioConfig());
