import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_VIDEO_BASE_URL } from 'src/coaching/config/coaching.config';
import { findRepoRoot } from 'src/config/paths';

export const PLACEHOLDER_VIDEO_FILE = 'placeholder.mp4';
const VIDEO_NAME = /^[a-z0-9_]{1,80}\.mp4$/;

// Next to this file when running from src/ (tests, dev); from the repository when running
// the compiled build, which does not copy assets.
const placeholderCandidates = (): string[] => [
  join(__dirname, 'assets', PLACEHOLDER_VIDEO_FILE),
  join(findRepoRoot(), 'backend', 'src', 'coaching', 'videos', 'assets', PLACEHOLDER_VIDEO_FILE),
];

export const loadPlaceholderVideo = (): Buffer | null => {
  const found = placeholderCandidates().find((path) => existsSync(path));
  return found ? readFileSync(found) : null;
};

interface ByteRange {
  start: number;
  end: number;
}

/** A single `bytes=a-b` range within `size`; undefined when absent, null when unsatisfiable. */
export const parseRange = (header: string | undefined, size: number): ByteRange | null | undefined => {
  if (!header) {
    return undefined;
  }
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) {
    return null;
  }
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start <= end && start < size ? { start, end } : null;
};

/**
 * Serves one short placeholder video for every `<key>.mp4` under /media/videos, so the
 * seeded catalogue plays with no network (single-process mode; behind nginx set
 * COACH_VIDEO_BASE_URL). Raw Fastify, outside /api/v1 and the auth guard, like static files.
 * Range requests are answered because Safari will not play a video without them.
 */
@Injectable()
export class PlaceholderVideoRoute implements OnModuleInit {
  private readonly logger = new Logger(PlaceholderVideoRoute.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // Absent in a testing module without HTTP.
    const instance = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!instance) {
      return;
    }
    const video = loadPlaceholderVideo();
    if (!video) {
      this.logger.warn('Placeholder video asset not found; /media/videos is not served');
      return;
    }
    instance.route({
      method: ['GET', 'HEAD'],
      url: `${DEFAULT_VIDEO_BASE_URL}/:name`,
      handler: (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
        if (!VIDEO_NAME.test(request.params.name)) {
          return reply.callNotFound();
        }
        void reply
          .header('Content-Type', 'video/mp4')
          .header('Accept-Ranges', 'bytes')
          .header('Cache-Control', 'public, max-age=86400');
        const range = parseRange(request.headers.range, video.length);
        if (range === null) {
          return reply.status(416).header('Content-Range', `bytes */${video.length}`).send();
        }
        if (range === undefined) {
          return reply.header('Content-Length', video.length).send(video);
        }
        return reply
          .status(206)
          .header('Content-Range', `bytes ${range.start}-${range.end}/${video.length}`)
          .header('Content-Length', range.end - range.start + 1)
          .send(video.subarray(range.start, range.end + 1));
      },
    });
  }
}
