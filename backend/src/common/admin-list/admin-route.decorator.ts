import { applyDecorators, Delete, Get, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth, type AuthRequirements } from 'src/common/auth/auth.decorator';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

// The staff routes in react-admin's simple REST shape (list, show, delete) each carry the same
// stack of route, auth and OpenAPI decorators; these compose one stack per kind of route, so a
// controller names only what differs: its DTO, its error codes, a stricter role or a scope.

/** What every kind of staff route may add to the controller's defaults. */
export interface AdminRouteOptions {
  /** Path below the controller's; a list defaults to the controller's own, show and delete to `:id`. */
  path?: string;
  /** Refines the controller's `@Auth()`: a stricter role, or the API-key scopes the route takes. */
  auth?: AuthRequirements;
  /** Pinned operation id; without one the document names the operation after the method. */
  operationId?: string;
}

export interface AdminListRouteOptions extends AdminRouteOptions {
  /** The operation's description: the list's filters and sort fields. */
  description?: string;
  /** Description of the 200 answer. */
  responseDescription?: string;
  /** Description of the `Content-Range` header, e.g. ``e.g. `evals 0-24/40` ``. */
  contentRange?: string;
  /** Documents the 400 of a bad sort, range or filter; `true` uses the common wording. */
  badRequest?: true | string;
}

export interface AdminRecordRouteOptions extends AdminRouteOptions {
  /** Documents the 404 with the route's error code; `true` documents it without a description. */
  notFound?: true | string;
}

const BAD_LIST_QUERY = '`validation_failed`: bad sort, range or filter.';

type Decorator = MethodDecorator | ClassDecorator | PropertyDecorator;

// applyDecorators runs its arguments first to last, while decorators stacked on a method run
// bottom to top, and two responses for one status merge their descriptions in the order they
// run. So each stack below is written as it would stand on a method and run reversed: a route
// that moves to these decorators keeps the document it had, to the byte.
const stack = (...decorators: (Decorator | undefined)[]): MethodDecorator =>
  applyDecorators(...decorators.filter((decorator) => decorator !== undefined).reverse());

const operation = (operationId?: string, description?: string): MethodDecorator | undefined =>
  operationId === undefined && description === undefined
    ? undefined
    : ApiOperation({
        ...(operationId === undefined ? {} : { operationId }),
        ...(description === undefined ? {} : { description }),
      });

const notFoundResponse = (notFound?: true | string): MethodDecorator | undefined =>
  notFound === undefined
    ? undefined
    : ApiNotFoundResponse(
        notFound === true ? { type: ErrorResponseDto } : { type: ErrorResponseDto, description: notFound },
      );

/**
 * `GET` a page of rows: the rows as the body and the total in `Content-Range` (the controller
 * answers through `withContentRange`).
 */
export const AdminListRoute = (type: Type<unknown>, options: AdminListRouteOptions = {}): MethodDecorator =>
  stack(
    options.path === undefined ? Get() : Get(options.path),
    options.auth === undefined ? undefined : Auth(options.auth),
    operation(options.operationId, options.description),
    ApiOkResponse({
      type: [type],
      ...(options.responseDescription === undefined ? {} : { description: options.responseDescription }),
      headers: {
        'Content-Range': {
          schema: { type: 'string' },
          ...(options.contentRange === undefined ? {} : { description: options.contentRange }),
        },
      },
    }),
    options.badRequest === undefined
      ? undefined
      : ApiBadRequestResponse({
          type: ErrorResponseDto,
          description: options.badRequest === true ? BAD_LIST_QUERY : options.badRequest,
        }),
  );

/** `GET` one record by id. */
export const AdminShowRoute = (type: Type<unknown>, options: AdminRecordRouteOptions = {}): MethodDecorator =>
  stack(
    Get(options.path ?? ':id'),
    options.auth === undefined ? undefined : Auth(options.auth),
    operation(options.operationId),
    ApiOkResponse({ type }),
    notFoundResponse(options.notFound),
  );

/** `DELETE` one record by id, answered with the record as it was (react-admin's delete reads it). */
export const AdminDeleteRoute = (
  type: Type<unknown>,
  options: AdminRecordRouteOptions = {},
): MethodDecorator =>
  stack(
    Delete(options.path ?? ':id'),
    options.auth === undefined ? undefined : Auth(options.auth),
    operation(options.operationId),
    ApiOkResponse({ type }),
    notFoundResponse(options.notFound),
  );
