// Deliberately loose: the server is the authority; this only catches obvious typos early.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A friendly message for an empty or malformed address, or `undefined` when it looks fine. */
export function validateEmail(email: string): string | undefined {
  const trimmed = email.trim();
  if (trimmed === '') {
    return 'Enter your email address.';
  }
  if (!EMAIL_PATTERN.test(trimmed)) {
    return 'Enter an email address like name@example.com.';
  }
  return undefined;
}
