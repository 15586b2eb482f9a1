import type { Readable } from 'node:stream';

export interface StoredObjectInfo {
  contentType: string;
  size: number;
}

export interface StoredObject extends StoredObjectInfo {
  body: Readable;
}

export interface PutOptions {
  contentType: string;
}

/**
 * Where generated files live (PDFs, exports, studio images): a folder on the local disk by
 * default, an S3 bucket when scaled out (several API replicas share no disk). Keys are paths
 * such as `images/<user id>/<uuid>.png`; see `assertStorageKey`.
 *
 * Downloads are streamed through the API (`get`), so every file stays behind the route's own
 * authorisation; no signed URL leaves the server.
 */
export abstract class ObjectStorage {
  abstract put(key: string, body: Buffer | Readable, options: PutOptions): Promise<void>;
  /** The object, or null when there is none under that key. */
  abstract get(key: string): Promise<StoredObject | null>;
  abstract head(key: string): Promise<StoredObjectInfo | null>;
  /** Deleting a key that does not exist is not an error (erasure runs may repeat). */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/**
 * Keys become file paths on the local driver: no `..`, no leading slash, no empty segment,
 * so no key can reach outside the storage folder, and both drivers accept the same keys.
 */
export const assertStorageKey = (key: string): void => {
  if (key.length > 512 || !KEY.test(key) || key.split('/').some((segment) => segment.startsWith('..'))) {
    throw new RangeError(`invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
};
