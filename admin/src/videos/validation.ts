// The API's rules (AdminCreateVideoDto), checked in the form first so staff see them before saving.

/** An http(s) address, a path on the server, or a file name under the video folder; never "..". */
const MEDIA_URL = /^(https?:\/\/\S+|\/?(?!.*\.\.)[A-Za-z0-9][\w./-]*)$/;
const KEY = /^[a-z0-9_]+$/;

const matching =
  (pattern: RegExp, message: string) =>
  (value: unknown): string | undefined =>
    typeof value !== 'string' || value === '' || pattern.test(value) ? undefined : message;

export const mediaUrl = matching(MEDIA_URL, 'devcoach.videos.url_invalid');
export const videoKey = matching(KEY, 'devcoach.videos.key_invalid');
