import { applyDecorators, Delete, Get, HttpCode, HttpStatus, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { Auth, type AuthRequirements } from 'src/common/auth/auth.decorator';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

// The staff routes in react-admin's simple REST shape (list, show, create, update, delete) and
// the actions beside them each carry the same stack of route, auth and OpenAPI decorators; these
// compose one stack per kind of route, so a controller names only what differs: its DTO, its
// error codes, a stricter role or a scope.

/** What every kind of staff route may add to the controller's defaults. */
export interface AdminRouteOptions {
  /** Path below the controller's; a list and a create default to the controller's own, the rest to `:id`. */
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

/** The error answers a record route documents beyond the ones every route has; each names its codes. */
export interface AdminRecordRouteOptions extends AdminRouteOptions {
  badRequest?: string;
  /** With `auth`, it comes before the 403 that `auth` documents, in one answer; without, it is the 403. */
  forbidden?: string;
  /** `true` documents the 404 without a description. */
  notFound?: true | string;
  conflict?: string;
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

const errorResponse = (
  decorator: typeof ApiBadRequestResponse,
  description?: true | string,
): MethodDecorator | undefined =>
  description === undefined
    ? undefined
    : decorator(description === true ? { type: ErrorResponseDto } : { type: ErrorResponseDto, description });

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
    errorResponse(ApiBadRequestResponse, options.badRequest === true ? BAD_LIST_QUERY : options.badRequest),
  );

/** A record route's stack: the route, any stricter auth, the operation, its answer and its errors. */
const recordRoute = (
  route: MethodDecorator[],
  answer: MethodDecorator,
  options: AdminRecordRouteOptions,
): MethodDecorator =>
  stack(
    ...route,
    options.auth === undefined ? undefined : Auth(options.auth),
    operation(options.operationId),
    answer,
    errorResponse(ApiBadRequestResponse, options.badRequest),
    errorResponse(ApiForbiddenResponse, options.forbidden),
    errorResponse(ApiNotFoundResponse, options.notFound),
    errorResponse(ApiConflictResponse, options.conflict),
  );

/** `GET` one record by id. */
export const AdminShowRoute = (type: Type<unknown>, options: AdminRecordRouteOptions = {}): MethodDecorator =>
  recordRoute([Get(options.path ?? ':id')], ApiOkResponse({ type }), options);

/** `POST` a new record, answered 201 with it. */
export const AdminCreateRoute = (
  type: Type<unknown>,
  options: AdminRecordRouteOptions = {},
): MethodDecorator =>
  recordRoute(
    [options.path === undefined ? Post() : Post(options.path)],
    ApiCreatedResponse({ type }),
    options,
  );

/** `PATCH` one record by id, answered with it as it now is. */
export const AdminUpdateRoute = (
  type: Type<unknown>,
  options: AdminRecordRouteOptions = {},
): MethodDecorator => recordRoute([Patch(options.path ?? ':id')], ApiOkResponse({ type }), options);

/**
 * `POST` that runs an action rather than adding a record (`:id/retry`, `bulk-verify`, `preview`),
 * answered 200 where Nest would answer a `POST` with 201.
 */
export const AdminActionRoute = (
  path: string,
  type: Type<unknown>,
  options: Omit<AdminRecordRouteOptions, 'path'> = {},
): MethodDecorator => recordRoute([Post(path), HttpCode(HttpStatus.OK)], ApiOkResponse({ type }), options);

/** `DELETE` one record by id, answered with the record as it was (react-admin's delete reads it). */
export const AdminDeleteRoute = (
  type: Type<unknown>,
  options: AdminRecordRouteOptions = {},
): MethodDecorator => recordRoute([Delete(options.path ?? ':id')], ApiOkResponse({ type }), options);
