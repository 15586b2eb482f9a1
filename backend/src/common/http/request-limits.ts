import type { Server } from 'node:http';
import { HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import { tooDeepException } from 'src/common/http/input-guard';
import { MAX_INPUT_DEPTH } from 'src/common/http/inspect-input';
import { type JsonShapeProblem, scanJsonShape } from 'src/common/http/json-shape';

export interface RouteInputLimits {
  /** Largest body in bytes (413 beyond). */
  bodyBytes: number;
  /** Most JSON items (array elements, object members) a body may hold (413 beyond). */
  maxJsonItems: number;
}

export interface RequestLimits {
  ordinary: RouteInputLimits;
  /** For `largeRoutes`, whose documented payloads outgrow the ordinary limits. */
  large: RouteInputLimits;
  /** Path prefixes including the global prefix, e.g. `/api/v1/admin/prompts`. */
  largeRoutes: readonly string[];
  /** Whole reports our own tools post (`npm run eval -- --post-to`): larger still. */
  report?: { limits: RouteInputLimits; routes: readonly string[] };
}

const LIMITS_KEY = 'inputLimits';

const limitsOf = (request: FastifyRequest): RouteInputLimits | undefined =>
  (request.routeOptions.config as { [LIMITS_KEY]?: RouteInputLimits } | undefined)?.[LIMITS_KEY];

const toException = (problem: JsonShapeProblem, limits: RouteInputLimits): AppException =>
  problem === 'too_deep'
    ? tooDeepException()
    : new AppException(
        CommonErrorCode.PayloadTooLarge,
        `The request body holds more than ${limits.maxJsonItems} values.`,
        HttpStatus.PAYLOAD_TOO_LARGE,
      );

/**
 * Bounds what one request can cost before anything but Fastify has seen it: bodies are read,
 * parsed and (by class-transformer) copied before auth, so an anonymous client could otherwise
 * make every request cost seconds. Each route gets its body limit and item budget here; the JSON
 * parser checks nesting and item count on the raw bytes, then parses as Fastify would
 * (`__proto__`/`constructor` poisoning is an error).
 */
export const registerRequestLimits = (app: NestFastifyApplication, limits: RequestLimits): void => {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const under = (prefixes: readonly string[]) => prefixes.some((prefix) => route.url.startsWith(prefix));
    const own =
      limits.report && under(limits.report.routes)
        ? limits.report.limits
        : under(limits.largeRoutes)
          ? limits.large
          : limits.ordinary;
    route.bodyLimit ??= own.bodyBytes;
    // A key of our own on the route's config (plugins such as @fastify/multipart type the rest).
    route.config = { ...route.config, [LIMITS_KEY]: own } as typeof route.config;
  });

  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Through Nest, so its own JSON parser (registered at init) stands aside for this one.
  app.useBodyParser<Server>('application/json', {}, (request, body, done) => {
    const own = limitsOf(request) ?? limits.ordinary;
    const problem = scanJsonShape(body, { maxDepth: MAX_INPUT_DEPTH, maxItems: own.maxJsonItems });
    if (problem) {
      done(toException(problem, own), undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
};
