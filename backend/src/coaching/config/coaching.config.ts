import { registerAs } from '@nestjs/config';
import { validateEnvironment } from 'src/config/env.validation';

export interface CoachingConfig {
  /**
   * Where session videos with a relative URL live, without a trailing slash. The default is
   * the API's own /media/videos, which serves a short local placeholder for every key.
   */
  videoBaseUrl: string;
}

export const DEFAULT_VIDEO_BASE_URL = '/media/videos';

export const buildCoachingConfig = (source: Record<string, unknown> = process.env): CoachingConfig => {
  const env = validateEnvironment(source);
  return { videoBaseUrl: (env.COACH_VIDEO_BASE_URL || DEFAULT_VIDEO_BASE_URL).replace(/\/+$/, '') };
};

export const coachingConfig = registerAs('coaching', () => buildCoachingConfig());
