import { type ApiError, CLIENT_ERROR_CODES } from '@dev-coach/frontend-api';

// What each of the studio's error codes means to the client, in our words (docs/studio.md).
// The server's own message is the fallback for codes this build does not know.

const MESSAGES: Record<string, string> = {
  studio_locked:
    'Your studio opens in the last part of your journey, once your “I am” statements are written.',
  image_quota_exceeded:
    'That is all the pictures for today. Your studio has new ones for you tomorrow; every draft you made is kept.',
  image_prompt_blocked:
    'Something in this scene can’t be drawn. Try describing it another way, without names of real people or anything graphic.',
  invalid_image: 'That file isn’t a photo we can read. Choose a JPEG, PNG or WebP picture.',
  image_too_large: 'That photo is larger than 8 MB. Choose a smaller one, or a copy saved at a lower size.',
  reference_photo_blocked:
    'This photo can’t be used for your pictures. Choose another one: a clear, everyday photo of you.',
  reference_limit_reached: 'You already have five photos. Remove one to add another.',
  draft_not_ready: 'This picture is still being made. You can refine it once it is ready.',
  image_blocked:
    'The image service declined to make this picture. Change the scene or the instruction and try again.',
  image_rate_limited: 'The image service is busy right now. Try again in a minute; this one did not count.',
  image_overloaded: 'The image service has more work than it can take at the moment. Try again shortly.',
  image_timeout: 'The picture took too long to make. Try again; this one did not count.',
  image_failed: 'Something went wrong while making the picture. Try again; this one did not count.',
  not_found: 'We couldn’t find that any more. It may have been deleted in another window.',
  [CLIENT_ERROR_CODES.network]: 'We couldn’t reach the studio. Check your connection and try again.',
};

/** Whether a failed draft can simply be made again (everything but a moderation refusal). */
export function isRetryableDraftError(code: string | null | undefined): boolean {
  return code !== 'image_blocked' && code !== 'image_prompt_blocked';
}

/** The client-facing words for an error code, or `fallback` when the code is unknown. */
export function studioErrorMessage(code: string | null | undefined, fallback?: string): string {
  return (code ? MESSAGES[code] : undefined) ?? fallback ?? MESSAGES.image_failed ?? '';
}

/** The words for a failed request: the code's copy, or the server's own message. */
export function studioApiErrorMessage(error: ApiError | null | undefined): string | undefined {
  if (!error) {
    return undefined;
  }
  return error.code === 'validation_failed' ? error.message : studioErrorMessage(error.code, error.message);
}
