import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import type { UserRole } from 'src/common/auth/user-role';

// Every route requires authentication unless it says @Public(): the global guard in the
// auth module reads these keys, so forgetting a decorator fails closed, not open.
export const IS_PUBLIC_KEY = 'auth:public';
export const AUTH_REQUIREMENTS_KEY = 'auth:requirements';

/** Scopes an API key can carry: `<resource>:read`, `<resource>:write`, or `<tool>:run`. */
export type ApiKeyScope = `${string}:${'read' | 'write' | 'run'}`;

export interface AuthRequirements {
  /** Minimum role; `staff` admits superusers too. Default: any signed-in user. */
  role?: UserRole;
  /** Scopes an API key must carry to call the route; bearer/cookie callers need the role. */
  scopes?: ApiKeyScope[];
}

/** Who is calling, as established by the auth guard. */
export interface AuthPrincipal {
  userId: string;
  role: UserRole;
  via: 'cookie' | 'bearer' | 'api-key';
  /** Refresh-session id for cookie/bearer callers. */
  sessionId?: string;
  /** Scopes of the API key, when via === 'api-key'. */
  scopes?: string[];
  /** The API key's id, when via === 'api-key' (records say which key acted, not only whose). */
  apiKeyId?: string;
}

export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

export const Auth = (requirements: AuthRequirements = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(AUTH_REQUIREMENTS_KEY, requirements),
    ApiCookieAuth('cookie'),
    ApiBearerAuth('bearer'),
    // The scopes ride in the security requirement (OpenAPI allows role names there), so the
    // document says which scope each route needs and tests can read the matrix from it.
    ...(requirements.scopes?.length ? [ApiSecurity('api-key', requirements.scopes)] : []),
    ApiUnauthorizedResponse({
      type: ErrorResponseDto,
      description: requirements.scopes?.length
        ? 'Not signed in, or the token or API key is invalid (`api_key_expired` for an expired key).'
        : 'Not signed in or the token is invalid.',
    }),
    // Any request made with an API key can meet that key's own requests-per-minute limit.
    ...(requirements.scopes?.length
      ? [
          ApiTooManyRequestsResponse({
            type: ErrorResponseDto,
            description:
              "Too many requests (`api_key_rate_limited`: over the API key's own limit); see Retry-After.",
            headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
          }),
        ]
      : []),
    ...(requirements.role || requirements.scopes?.length
      ? [
          ApiForbiddenResponse({
            type: ErrorResponseDto,
            description: 'Signed in without the required role or scope.',
          }),
        ]
      : []),
  );

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthPrincipal => {
    const request = context.switchToHttp().getRequest<{ principal?: AuthPrincipal }>();
    if (!request.principal) {
      // Only reachable if a route forgot @Auth() while the guard let it through.
      throw new Error('CurrentPrincipal used on a route without authentication');
    }
    return request.principal;
  },
);
