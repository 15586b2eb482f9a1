import { open } from 'node:fs/promises';
import { libpqArgs, run, serverMajorVersion, usableTool } from 'src/database/backup/pg-tools';
import { restorePortableBackup, writePortableBackup } from 'src/database/backup/portable-dump';

export type BackupFormat = 'pg_dump' | 'portable';

export interface BackupOptions {
  url: string;
  file: string;
  /** Force a format; by default pg_dump when the machine has one at least as new as the server. */
  format?: BackupFormat;
}

/** pg_dump's custom format starts with these bytes; anything else is ours (gzip). */
const PG_DUMP_MAGIC = 'PGDMP';

const pickFormat = async (url: string, requested: BackupFormat | undefined): Promise<BackupFormat> => {
  if (requested) {
    return requested;
  }
  return (await usableTool('pg_dump', await serverMajorVersion(url))) ? 'pg_dump' : 'portable';
};

export const backupDatabase = async (options: BackupOptions): Promise<BackupFormat> => {
  const format = await pickFormat(options.url, options.format);
  if (format === 'portable') {
    await writePortableBackup(options.url, options.file);
    return format;
  }
  const tool = await usableTool('pg_dump', await serverMajorVersion(options.url));
  if (!tool) {
    throw new Error('pg_dump is missing or older than the server; set PG_BIN_DIR or use --format=portable');
  }
  const { connection, env } = libpqArgs(options.url);
  // Custom format: compressed, and pg_restore can clean and reorder it.
  await run(
    tool.path,
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${options.file}`, connection],
    env,
  );
  return format;
};

const formatOf = async (file: string): Promise<BackupFormat> => {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(PG_DUMP_MAGIC.length),
      0,
      PG_DUMP_MAGIC.length,
      0,
    );
    return buffer.subarray(0, bytesRead).toString('latin1') === PG_DUMP_MAGIC ? 'pg_dump' : 'portable';
  } finally {
    await handle.close();
  }
};

/** Replaces the contents of the database at `url` with the backup in `file` (either format). */
export const restoreDatabase = async (options: Omit<BackupOptions, 'format'>): Promise<BackupFormat> => {
  const format = await formatOf(options.file);
  if (format === 'portable') {
    await restorePortableBackup(options.url, options.file);
    return format;
  }
  const tool = await usableTool('pg_restore', await serverMajorVersion(options.url));
  if (!tool) {
    throw new Error('pg_restore is missing or older than the server; set PG_BIN_DIR to a newer one');
  }
  const { connection, env } = libpqArgs(options.url);
  await run(
    tool.path,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${connection}`,
      options.file,
    ],
    env,
  );
  return format;
};
