import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '@nestjs/config';
import { startFakeS3, type FakeS3 } from 'test/fakes/fake-s3-server';
import { ObjectStorage } from 'src/storage/object-storage';
import { StorageModule } from 'src/storage/storage.module';

const BUCKET = 'devcoach-test';
const ACCESS_KEY = 'AKIAFAKEOPS';

/** The driver the real StorageModule builds from these environment variables. */
const storageFor = async (
  env: Record<string, string>,
): Promise<{ storage: ObjectStorage; close(): Promise<void> }> => {
  const previous = { ...process.env };
  Object.assign(process.env, env);
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true }), StorageModule],
    }).compile();
    await moduleRef.init();
    return { storage: moduleRef.get(ObjectStorage), close: () => moduleRef.close() };
  } finally {
    process.env = previous;
  }
};

const text = async (body: Readable): Promise<string> => Buffer.concat(await body.toArray()).toString('utf8');

const pdfBytes = Buffer.from('%PDF-1.7\n% not really a PDF, but binary enough: \u00ff\u0000\u00fe\n');

describe.each([
  ['local', 'local'],
  ['s3', 's3'],
] as const)('object storage with the %s driver', (_name, driver) => {
  let storage: ObjectStorage;
  let close: () => Promise<void>;
  let fakeS3: FakeS3 | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'devcoach-ops-storage-'));

  beforeAll(async () => {
    if (driver === 's3') {
      fakeS3 = await startFakeS3({ accessKeyId: ACCESS_KEY, bucket: BUCKET });
    }
    ({ storage, close } = await storageFor(
      driver === 's3'
        ? {
            STORAGE_DRIVER: 's3',
            S3_BUCKET: BUCKET,
            S3_REGION: 'eu-west-1',
            S3_ENDPOINT: fakeS3?.url ?? '',
            S3_ACCESS_KEY_ID: ACCESS_KEY,
            S3_SECRET_ACCESS_KEY: 'fake-secret-key',
            S3_PREFIX: 'tenant-a/',
          }
        : { STORAGE_DRIVER: 'local', STORAGE_LOCAL_DIR: folder },
    ));
  });

  afterAll(async () => {
    await close?.();
    await fakeS3?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should give back the same bytes and content type when a buffer is put and read', async () => {
    await storage.put('exports/u1/i-am.pdf', pdfBytes, { contentType: 'application/pdf' });
    const stored = await storage.get('exports/u1/i-am.pdf');
    expect(stored?.contentType).toBe('application/pdf');
    expect(stored?.size).toBe(pdfBytes.length);
    expect(Buffer.concat(await (stored?.body ?? Readable.from([])).toArray())).toEqual(pdfBytes);
    expect(await storage.head('exports/u1/i-am.pdf')).toEqual({
      contentType: 'application/pdf',
      size: pdfBytes.length,
    });
  });

  it('should store a stream and replace the object when the key is written again', async () => {
    await storage.put('images/u1/a.txt', Readable.from(['first ', 'version']), { contentType: 'text/plain' });
    await storage.put('images/u1/a.txt', Readable.from(['second']), {
      contentType: 'text/plain; charset=utf-8',
    });
    const stored = await storage.get('images/u1/a.txt');
    expect(stored?.contentType).toBe('text/plain; charset=utf-8');
    expect(await text(stored?.body ?? Readable.from([]))).toBe('second');
  });

  it('should answer null for a missing key and forget a deleted one when asked', async () => {
    expect(await storage.get('nothing/here.png')).toBeNull();
    expect(await storage.head('nothing/here.png')).toBeNull();
    await storage.put('images/u2/b.png', Buffer.from([1, 2, 3]), { contentType: 'image/png' });
    await storage.delete('images/u2/b.png');
    await storage.delete('images/u2/b.png');
    expect(await storage.get('images/u2/b.png')).toBeNull();
  });

  it.each(['../escape', '/absolute', 'a//b', 'a/../b', 'a/./b', '', 'sp ace'])(
    'should refuse the key %s when it could leave the storage folder or is malformed',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        RangeError,
      );
    },
  );

  if (driver === 'local') {
    it('should keep files under the configured folder and leave no partial files when written', () => {
      expect(existsSync(join(folder, 'exports', 'u1', 'i-am.pdf'))).toBe(true);
      expect(readdirSync(join(folder, 'images', 'u1')).filter((name) => name.endsWith('.partial'))).toEqual(
        [],
      );
    });
  } else {
    it('should sign every request and keep objects under the prefix when talking to S3', () => {
      expect(fakeS3?.requests.length).toBeGreaterThan(5);
      expect(fakeS3?.requests.every((request) => request.accessKeyId === ACCESS_KEY)).toBe(true);
      expect([...(fakeS3?.objects.keys() ?? [])].sort()).toEqual([
        `${BUCKET}/tenant-a/exports/u1/i-am.pdf`,
        `${BUCKET}/tenant-a/images/u1/a.txt`,
      ]);
    });
  }
});
