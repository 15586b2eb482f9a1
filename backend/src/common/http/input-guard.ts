import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import { INVALID_TEXT_MESSAGE } from 'src/common/errors/error-mapping';
import { type InputProblem, inspectInput, MAX_INPUT_DEPTH } from 'src/common/http/inspect-input';

export const tooDeepException = (): AppException =>
  new AppException(
    CommonErrorCode.JsonTooDeep,
    `The request nests arrays or objects deeper than ${MAX_INPUT_DEPTH} levels.`,
    HttpStatus.BAD_REQUEST,
  );

const toException = (problem: InputProblem): AppException =>
  problem.kind === 'too_deep'
    ? tooDeepException()
    : new AppException(CommonErrorCode.InvalidText, INVALID_TEXT_MESSAGE, HttpStatus.BAD_REQUEST, [
        {
          field: problem.field,
          message: `${problem.field} must not contain NUL characters or unpaired surrogates`,
        },
      ]);

/**
 * Checks every parsed body, query string and route parameter once, at the edge: after Fastify
 * parsed them and before Nest's guards, pipes (class-transformer recurses and overflows on deep
 * input) and handlers (PostgreSQL rejects NUL, encodeURI throws on lone surrogates) see them.
 */
export const registerInputGuard = (fastify: FastifyInstance): void => {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const problem =
      inspectInput(request.body, 'body') ??
      inspectInput(request.query, 'query') ??
      inspectInput(request.params, 'params');
    done(problem ? toException(problem) : undefined);
  });
};
