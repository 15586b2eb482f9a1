/** Reads `token` from a URL fragment such as `#token=abc` (with or without the leading `#`). */
export function parseLinkToken(hash: string): string | undefined {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token')?.trim();
  return token ? token : undefined;
}
