import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { UploadReader } from 'src/studio/references.service';
import { StudioException } from 'src/studio/studio.exception';

const TOO_LARGE = 'FST_REQ_FILE_TOO_LARGE';

/**
 * The one `file` part of a multipart request, read into memory up to `maxBytes`: anything else
 * (no multipart body, another field, a second file) is 400 `invalid_image`, a bigger file 413.
 */
export const multipartUpload =
  (request: FastifyRequest): UploadReader =>
  async (maxBytes) => {
    if (!request.isMultipart()) {
      throw StudioException.invalidImage();
    }
    let part: MultipartFile | undefined;
    try {
      part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
    } catch {
      throw StudioException.invalidImage();
    }
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw StudioException.invalidImage();
    }
    try {
      return await part.toBuffer();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === TOO_LARGE) {
        throw StudioException.tooLarge(maxBytes);
      }
      throw StudioException.invalidImage();
    }
  };
