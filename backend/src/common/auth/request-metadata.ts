import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions and the audit log. */
export interface ClientMetadata {
  ip: string | null;
  userAgent: string | null;
}

export const clientMetadataOf = (request: FastifyRequest): ClientMetadata => {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip ? request.ip.slice(0, 64) : null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null,
  };
};

export const ClientMeta = createParamDecorator((_data: unknown, context: ExecutionContext): ClientMetadata =>
  clientMetadataOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
