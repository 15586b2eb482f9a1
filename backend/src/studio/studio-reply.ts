import type { FastifyReply } from 'fastify';
import type { StudioFile } from 'src/studio/studio-files.service';

/** Streams a stored image; `download` makes the browser save it instead of showing it. */
export const sendStudioFile = (reply: FastifyReply, file: StudioFile, download: boolean): FastifyReply =>
  reply
    .header('Content-Type', file.contentType)
    .header('Content-Length', String(file.size))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${file.filename}"`)
    .send(file.body);
