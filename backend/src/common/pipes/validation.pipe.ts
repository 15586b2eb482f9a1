import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException, type ErrorDetail } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';

const flatten = (errors: ValidationError[], parent = ''): ErrorDetail[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });

// whitelist + forbidNonWhitelisted: unknown fields are a 400 naming them, so privileged
// properties can never be smuggled in through a body.
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const unknown = details.filter((detail) => detail.message.includes('should not exist'));
      const message = unknown.length
        ? `Unknown field(s): ${unknown.map((detail) => detail.field).join(', ')}.`
        : 'The request is invalid.';
      return new AppException(CommonErrorCode.ValidationFailed, message, HttpStatus.BAD_REQUEST, details);
    },
  });
