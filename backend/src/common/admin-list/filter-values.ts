import { HttpStatus } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';

// Typed readers for the react-admin `filter` object: a wrong type is a 400 naming the key,
// never a value passed on to SQL as-is.

const invalid = (key: string, expected: string): AppException =>
  new AppException(
    CommonErrorCode.ValidationFailed,
    `Invalid filter.${key}: expected ${expected}.`,
    HttpStatus.BAD_REQUEST,
    [{ field: `filter.${key}`, message: `expected ${expected}` }],
  );

export const filterString = (
  filter: Record<string, unknown>,
  key: string,
  maxLength = 200,
): string | undefined => {
  const value = filter[key];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string' || value.length > maxLength) {
    throw invalid(key, `a string of at most ${maxLength} characters`);
  }
  return value;
};

/** A single value or an array of them (react-admin sends arrays for "any of"). */
export const filterEnumList = <T extends string>(
  filter: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T[] | undefined => {
  const value = filter[key];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((item): item is T => typeof item === 'string' && allowed.includes(item as T))) {
    throw invalid(key, `one or more of ${allowed.join(', ')}`);
  }
  return values;
};

export const filterBoolean = (filter: Record<string, unknown>, key: string): boolean | undefined => {
  const value = filter[key];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (value === true || value === 'true') {
    return true;
  }
  if (value === false || value === 'false') {
    return false;
  }
  throw invalid(key, 'true or false');
};

export const filterUuid = (filter: Record<string, unknown>, key: string): string | undefined => {
  const value = filter[key];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string' || !isUUID(value)) {
    throw invalid(key, 'a UUID');
  }
  return value;
};

/** react-admin's getMany sends `filter={"id":[…]}`. */
export const filterUuidList = (filter: Record<string, unknown>, key: string): string[] | undefined => {
  const value = filter[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 1000 || !values.every((item) => typeof item === 'string' && isUUID(item))) {
    throw invalid(key, 'a UUID or an array of at most 1000 UUIDs');
  }
  return values as string[];
};

export const filterDate = (filter: Record<string, unknown>, key: string): Date | undefined => {
  const value = filterString(filter, key, 40);
  if (value === undefined) {
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw invalid(key, 'an ISO-8601 date');
  }
  return date;
};
