import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from 'src/database/embedded-database';
import { reachableByOthers } from 'src/database/embedded-runtime';

const isRoot = userInfo().uid === 0;

// First run as root from a private home folder (/root is 0700): PostgreSQL runs as `postgres`,
// who cannot reach the checkout, so the binaries and the cluster move out of it.
describe('embedded PostgreSQL as root in a private folder', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'devcoach-private-'));
    // mkdtemp makes it 0700: traversable, so only the folders below decide.
    chmodSync(scratch, 0o711);
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('should tell a private folder from one others can traverse', () => {
    const home = join(scratch, 'home');
    mkdirSync(join(home, 'project'), { recursive: true });
    chmodSync(home, 0o700);
    expect(reachableByOthers(join(home, 'project'))).toBe(false);
    chmodSync(home, 0o711);
    expect(reachableByOthers(join(home, 'project'))).toBe(true);
  });

  it.runIf(isRoot)(
    'should start from a copy outside the folder and answer queries when the data folder is private',
    async () => {
      const home = join(scratch, 'root-home');
      const dataDir = join(home, 'checkout', '.data');
      mkdirSync(dataDir, { recursive: true });
      chmodSync(home, 0o700);
      const relocation = join(scratch, 'runtime');
      process.env.EMBEDDED_PG_RUNTIME_DIR = relocation;
      try {
        const database = await startEmbeddedDatabase({ dataDir, database: 'postgres' });
        try {
          expect(database.clusterDir.startsWith(relocation)).toBe(true);
          const client = new Client({ connectionString: database.url });
          await client.connect();
          const { rows } = await client.query<{ user: string }>('SELECT current_user AS user');
          await client.end();
          expect(rows[0]?.user).toBe('postgres');
        } finally {
          await database.stop();
        }
      } finally {
        delete process.env.EMBEDDED_PG_RUNTIME_DIR;
      }
    },
    120_000,
  );
});
