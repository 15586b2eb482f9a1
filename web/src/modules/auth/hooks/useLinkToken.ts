import { useLocation } from '@tanstack/react-router';
import { parseLinkToken } from '@/modules/auth/lib/linkToken';

/**
 * The one-time token of an emailed link. It rides in the fragment (`/invite#token=…`), so the
 * browser never sends it to a server or in a Referer; only this page's code reads it.
 */
export function useLinkToken(): string | undefined {
  const hash = useLocation({ select: (location) => location.hash });
  return parseLinkToken(hash);
}
