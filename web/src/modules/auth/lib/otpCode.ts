/** API error code when the password was right but the account also needs a code. */
export const OTP_REQUIRED = 'otp_required';
export const OTP_INVALID = 'otp_invalid';

/**
 * What to send for a typed code: authenticator codes are often copied with a space in the middle
 * ("492 039"), recovery codes typed in lower case; the server compares the bare characters.
 */
export function normaliseOtp(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}
