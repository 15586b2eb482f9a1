import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Paths owned by the API: an unknown route here is a JSON 404, never the SPA shell.
const API_PREFIXES = ['/api/', '/api', '/health', '/metrics'];

export interface StaticApp {
  name: 'web' | 'admin';
  prefix: string;
  root: string;
}

export const staticApps = (repoRoot: string): StaticApp[] => [
  { name: 'admin', prefix: '/admin/', root: join(repoRoot, 'admin', 'dist') },
  { name: 'web', prefix: '/', root: join(repoRoot, 'web', 'dist') },
];

const isApiPath = (url: string): boolean =>
  API_PREFIXES.some(
    (prefix) => url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
  );

// Single-process mode serves both front ends from the API process; hashed assets are cached
// for a year, index.html never (so a deploy is picked up on the next load).
export const registerStaticApps = async (
  app: NestFastifyApplication,
  repoRoot: string,
): Promise<string[]> => {
  const fastify = app.getHttpAdapter().getInstance();
  const served = staticApps(repoRoot).filter((spa) => existsSync(join(spa.root, 'index.html')));
  const shells = new Map(
    served.map((spa) => [spa.prefix, readFileSync(join(spa.root, 'index.html'), 'utf8')]),
  );

  for (const [index, spa] of served.entries()) {
    await fastify.register(fastifyStatic, {
      root: spa.root,
      prefix: spa.prefix,
      wildcard: false,
      index: false,
      decorateReply: index === 0,
      setHeaders: (reply, path) => {
        void reply.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  if (!served.length) {
    return [];
  }

  const sendShell = (reply: FastifyReply, prefix: string) =>
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(shells.get(prefix));

  if (shells.has('/admin/')) {
    fastify.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));
  }
  const fallback = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApiPath(path)) {
      return reply.callNotFound();
    }
    const spa = served.find((candidate) => path.startsWith(candidate.prefix));
    return spa ? sendShell(reply, spa.prefix) : reply.callNotFound();
  };
  fastify.get('/', fallback);
  fastify.get('/*', fallback);
  return served.map((spa) => spa.name);
};
