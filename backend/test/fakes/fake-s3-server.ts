import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3Object {
  body: Buffer;
  contentType: string;
}

export interface FakeS3Request {
  method: string;
  /** Path-style: `/<bucket>/<key>`. */
  path: string;
  accessKeyId: string | null;
}

export interface FakeS3 {
  /** Base URL for S3_ENDPOINT. */
  url: string;
  /** Stored objects by `<bucket>/<key>`. */
  readonly objects: Map<string, FakeS3Object>;
  readonly requests: FakeS3Request[];
  close(): Promise<void>;
}

const xmlError = (res: ServerResponse, status: number, code: string, message: string): void => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/xml');
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
};

const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

const SIGNED =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/;

/**
 * A local stand-in for the S3 REST API, path-style (PUT, GET, HEAD, DELETE of one object),
 * so tests drive the real @aws-sdk/client-s3 over real HTTP and only the network edge is
 * fake. It insists on a SigV4 Authorization header from the expected access key and checks
 * the signed payload hash against the body it received.
 */
export const startFakeS3 = async (options: { accessKeyId: string; bucket: string }): Promise<FakeS3> => {
  const objects = new Map<string, FakeS3Object>();
  const requests: FakeS3Request[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://fake').pathname);
    const signed = SIGNED.exec(req.headers.authorization ?? '');
    requests.push({ method: req.method ?? '', path, accessKeyId: signed?.[1] ?? null });
    const body = await readBody(req);
    if (signed?.[1] !== options.accessKeyId) {
      xmlError(res, 403, 'AccessDenied', 'Unsigned request or unknown access key');
      return;
    }
    const payloadHash = req.headers['x-amz-content-sha256'];
    if (
      payloadHash !== 'UNSIGNED-PAYLOAD' &&
      payloadHash !== createHash('sha256').update(body).digest('hex')
    ) {
      xmlError(res, 400, 'XAmzContentSHA256Mismatch', 'The payload hash does not match the body');
      return;
    }
    const [, bucket, ...rest] = path.split('/');
    const key = rest.join('/');
    if (bucket !== options.bucket) {
      xmlError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
      return;
    }
    const id = `${bucket}/${key}`;
    const stored = objects.get(id);
    switch (req.method ?? '') {
      case 'PUT':
        objects.set(id, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
        res.setHeader('etag', `"${createHash('md5').update(body).digest('hex')}"`);
        res.end();
        return;
      case 'GET':
      case 'HEAD':
        if (!stored) {
          // HEAD answers carry no body; the SDK maps the bare 404 to NotFound.
          if (req.method === 'HEAD') {
            res.statusCode = 404;
            res.end();
            return;
          }
          xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
          return;
        }
        res.setHeader('content-type', stored.contentType);
        res.setHeader('content-length', stored.body.length);
        res.end(req.method === 'GET' ? stored.body : undefined);
        return;
      case 'DELETE':
        objects.delete(id);
        res.statusCode = 204;
        res.end();
        return;
      default:
        xmlError(res, 405, 'MethodNotAllowed', 'Not supported by the fake');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => xmlError(res, 500, 'InternalError', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
