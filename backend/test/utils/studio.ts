import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import sharp from 'sharp';
import type { StudioDraftDto } from 'src/studio/dto/studio.dto';
import type { AuthHeaders } from 'test/factories/user.factory';

export type StudioDraft = StudioDraftDto;

/** One JSON call under /api/v1. */
export const call = (
  app: NestFastifyApplication,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  body?: object,
) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { payload: JSON.stringify(body) } : {}),
  });

/** A multipart body with one file part, as a browser's FormData sends it. */
export const multipartBody = (
  file: Buffer,
  options: { field?: string; filename?: string; contentType?: string } = {},
): { payload: Buffer; headers: Record<string, string> } => {
  const boundary = `----studio${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${
      options.filename ?? 'photo.jpg'
    }"\r\nContent-Type: ${options.contentType ?? 'image/jpeg'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

/** A JPEG photo with EXIF (orientation 6: "rotate 90°", and a camera make) to be stripped. */
export const photoWithExif = (width = 64, height = 32): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 60 } } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'StudioTestCam', Model: 'GPS-Tagger' } } })
    .toBuffer();

export const uploadPhoto = (
  app: NestFastifyApplication,
  headers: AuthHeaders,
  file: Buffer,
  options?: Parameters<typeof multipartBody>[1],
) => {
  const body = multipartBody(file, options);
  return app.inject({
    method: 'POST',
    url: '/api/v1/studio/references',
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
};

/** Polls a draft until it is no longer pending (the job runs in-process). */
export const waitForDraft = async (
  app: NestFastifyApplication,
  headers: AuthHeaders,
  identityId: string,
  draftId: string,
  timeoutMs = 20_000,
): Promise<StudioDraft> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/studio/identities/${identityId}/drafts`,
      headers,
    });
    const draft = res.json<StudioDraft[]>().find((item) => item.id === draftId);
    if (draft && draft.status !== 'pending') {
      return draft;
    }
    if (Date.now() > until) {
      throw new Error(`draft ${draftId} still pending: ${res.body}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Generates a picture of the identity, waits for it and saves it. */
export const generateAndSave = async (
  app: NestFastifyApplication,
  headers: AuthHeaders,
  identityId: string,
): Promise<StudioDraft> => {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/studio/identities/${identityId}/drafts`,
    headers,
  });
  if (res.statusCode !== 202) {
    throw new Error(`generate: ${res.statusCode} ${res.body}`);
  }
  const draft = await waitForDraft(app, headers, identityId, res.json<StudioDraft>().id);
  const saved = await app.inject({ method: 'POST', url: `/api/v1/studio/drafts/${draft.id}/save`, headers });
  if (saved.statusCode !== 200) {
    throw new Error(`save: ${saved.statusCode} ${saved.body}`);
  }
  return draft;
};
