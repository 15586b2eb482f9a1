import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

// Built once: @fastify/helmet re-creates the helmet middleware (and re-parses the CSP) on
// every request, which cost ~15% of CPU on a cheap route in `npm run bench`.
export const registerSecurityHeaders = (fastify: FastifyInstance): void => {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI ships inline styles; media and images may come from the API host.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });
};

/**
 * API answers are personal (a client's conversation, an account) or short-lived: no browser,
 * proxy or CDN may keep a copy. Routes that want caching say so themselves (the placeholder
 * videos, outside /api), and this leaves their header alone.
 */
export const registerNoStoreForApi = (fastify: FastifyInstance, apiPrefix: string): void => {
  const prefix = `/${apiPrefix}/`;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith(prefix) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
};
