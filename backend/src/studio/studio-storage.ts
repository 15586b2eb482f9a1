import { randomUUID } from 'node:crypto';

// Object keys of the studio's files: per client, so an erasure can list them and nothing in a
// key says more than ids.
export const referenceKeys = (
  userId: string,
  id: string,
  extension: string,
): { image: string; thumbnail: string } => ({
  image: `studio/${userId}/references/${id}.${extension}`,
  thumbnail: `studio/${userId}/references/${id}-thumb.${extension}`,
});

export const draftKeys = (userId: string, draftId: string): { image: string; thumbnail: string } => {
  // A fresh suffix per write, so a retried job never serves a half-replaced object.
  const version = randomUUID().slice(0, 8);
  return {
    image: `studio/${userId}/drafts/${draftId}-${version}.png`,
    thumbnail: `studio/${userId}/drafts/${draftId}-${version}-thumb.png`,
  };
};

export const THUMBNAIL_PX = 256;
