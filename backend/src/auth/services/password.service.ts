import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { AuthException } from 'src/auth/auth.exception';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// OWASP's argon2id baseline (19 MiB, 2 passes). `Algorithm` is a const enum the test
// transformer cannot inline, hence the literal.
const ARGON2ID = 2 as Algorithm;
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface PasswordContext {
  email?: string;
  firstName?: string;
  lastName?: string;
}

let checker: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;

// Built on first use: the dictionaries take ~100 ms to index and most processes never need them.
const strengthChecker = (): ZxcvbnFactory => {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return checker;
};

const commonPasswords = (): Set<string> => {
  common ??= new Set(zxcvbnCommon.dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return common;
};

/** Why `password` is not acceptable, or undefined when it is. */
export const passwordWeakness = (password: string, context: PasswordContext = {}): string | undefined => {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  const lower = password.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  const localPart = email?.split('@')[0];
  if (email && (lower.includes(email) || (localPart && localPart.length >= 3 && lower.includes(localPart)))) {
    return 'Your password must not contain your email address.';
  }
  if (commonPasswords().has(lower)) {
    return 'This password is one of the most common ones. Please choose something more personal.';
  }
  const userInputs = [email, localPart, context.firstName, context.lastName].filter(
    (value): value is string => Boolean(value && value.length >= 3),
  );
  if (strengthChecker().check(password, userInputs).score < 2) {
    return 'This password is too easy to guess. Try a few unrelated words with a number or symbol.';
  }
  return undefined;
};

@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, HASH_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      // Same work as a real check, so an account without a password is not told apart by timing.
      await this.verifyDummy(password);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Burns the time of one verification; used when the email matches no account. */
  async verifyDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash('dummy password that matches nothing');
    await verify(await this.dummyHash, password).catch(() => false);
  }

  /** Throws 400 `password_too_weak` naming `field` when the password breaks the policy. */
  assertStrong(password: string, context: PasswordContext = {}, field = 'password'): void {
    const weakness = passwordWeakness(password, context);
    if (weakness) {
      throw AuthException.passwordTooWeak(weakness, field);
    }
  }
}
