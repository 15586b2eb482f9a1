import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { UserRole } from 'src/common/auth/user-role';
import { launchBrowser, requireBrowserOrSkip } from 'test/utils/browser';
import { createUser, loginAs, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// docs/api-guide.md cannot rot: every fenced block tagged `sh run` or `ts run` is executed here
// against the real app on a real port. Shell blocks run in bash with the
// guide's variables set; TypeScript blocks are type-checked and run in a fresh project that has
// the SDK only from the tarball `npm pack -w packages/api-client` makes (installed offline: the
// tarball unpacked, its dependencies linked from this repository's node_modules).
const REPO = resolve(__dirname, '../../..');
const GUIDE = join(REPO, 'docs/api-guide.md');
const run = promisify(execFile);

interface Example {
  index: number;
  lang: 'sh' | 'ts';
  expect: string | undefined;
  code: string;
}

const examples: Example[] = [
  ...readFileSync(GUIDE, 'utf8').matchAll(/^```(sh|ts) run(?: expect=(.+))?\n([\s\S]*?)^```$/gm),
].map((match, index) => ({
  index,
  lang: match[1] as 'sh' | 'ts',
  expect: match[2]?.trim(),
  code: match[3] ?? '',
}));

/** Links a package and, recursively, its dependencies from the repository's node_modules. */
const linkDependencies = (names: string[], into: string, seen = new Set<string>()): void => {
  for (const name of names) {
    if (seen.has(name)) {
      continue;
    }
    seen.add(name);
    const source = join(REPO, 'node_modules', name);
    const target = join(into, name);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target)) {
      symlinkSync(source, target);
    }
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    linkDependencies(Object.keys(manifest.dependencies ?? {}), into, seen);
  }
};

describe('docs/api-guide.md, executed', () => {
  let t: TestApp;
  let workdir: string;
  let project: string;
  let client: TestUser;
  let admin: TestUser;
  let apiKey: string;

  // Any free port, set in beforeAll: a fixed one collides with whatever else runs on the machine.
  let port = 0;

  beforeAll(async () => {
    t = await startTestApp('sdk_guide', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    client = await createUser(t.app);
    admin = await createUser(t.app, { role: UserRole.Superuser });
    const { accessToken } = await loginAs(t.app, admin);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-keys',
      headers: { authorization: `Bearer ${accessToken}` },
      payload: { name: 'guide', scopes: ['prompts:read'] },
    });
    apiKey = created.json<{ secret: string }>().secret;

    workdir = mkdtempSync(join(tmpdir(), 'sdk-guide-'));
    await run('npm', ['pack', '-w', 'packages/api-client', '--pack-destination', workdir], {
      cwd: REPO,
      timeout: 180_000,
    });
    const tarball = readdirSync(workdir).find((name) => name.endsWith('.tgz'));
    // postpack put the workspace manifest back: the monorepo still uses the sources.
    const workspaceManifest = JSON.parse(
      readFileSync(join(REPO, 'packages/api-client/package.json'), 'utf8'),
    ) as {
      types: string;
    };
    expect(workspaceManifest.types).toBe('./src/index.ts');
    project = join(workdir, 'project');
    const installed = join(project, 'node_modules/@dev-coach/api-client');
    mkdirSync(installed, { recursive: true });
    await run('tar', [
      '-xzf',
      join(workdir, tarball ?? 'missing.tgz'),
      '-C',
      installed,
      '--strip-components=1',
    ]);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    linkDependencies(
      [...Object.keys(manifest.dependencies), '@types/node', 'undici-types'],
      join(project, 'node_modules'),
    );
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    if (workdir) {
      rmSync(workdir, { recursive: true, force: true });
    }
  });

  /** The guide's variables, with fresh tokens for every example (refresh tokens are single use). */
  const variables = async (): Promise<Record<string, string>> => {
    const tokens = await loginAs(t.app, client);
    const staff = await loginAs(t.app, admin);
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      BASE_URL: `http://127.0.0.1:${port}`,
      EMAIL: client.email,
      PASSWORD: client.password,
      ACCESS_TOKEN: tokens.accessToken,
      REFRESH_TOKEN: tokens.refreshToken,
      API_KEY: apiKey,
      ADMIN_TOKEN: staff.accessToken,
    };
  };

  it('should have runnable examples of both kinds', () => {
    expect(examples.filter((example) => example.lang === 'sh').length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((example) => example.lang === 'ts').length).toBeGreaterThanOrEqual(3);
    expect(examples.every((example) => example.expect)).toBe(true);
  });

  it('should type-check the TypeScript examples against the packed SDK’s declarations', async () => {
    const files = examples
      .filter((example) => example.lang === 'ts')
      .map((example) => {
        const file = join(project, `check-${example.index}.ts`);
        writeFileSync(file, `${example.code}\nexport {};\n`);
        return file;
      });
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    const options = ['--noEmit', '--strict', '--target', 'es2023', '--module', 'nodenext', '--types', 'node'];
    const result = await run(process.execPath, [tsc, ...options, ...files], { cwd: project }).catch(
      (error: { stdout: string; stderr: string }) => ({ stdout: `${error.stdout}${error.stderr}` }),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(result.stdout).toBe('');
  });

  it.each(
    examples.map(
      (example) => [`${example.lang} #${example.index} (${example.expect ?? ''})`, example] as const,
    ),
  )('should run the example %s', async (_name, example) => {
    const env = await variables();
    let stdout: string;
    if (example.lang === 'sh') {
      ({ stdout } = await run('bash', ['-euo', 'pipefail', '-c', example.code], { env, timeout: 30_000 }));
    } else {
      const file = join(project, `example-${example.index}.mjs`);
      const js = ts.transpileModule(example.code, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      writeFileSync(file, js);
      ({ stdout } = await run(process.execPath, [file], { cwd: project, env, timeout: 30_000 }));
    }
    expect(stdout).toContain(example.expect);
  });

  // The same tarball in a browser: ES modules through an import map, same origin as the API, so
  // only fetch, ReadableStream and AbortSignal are involved (no Node APIs, no bundler).
  it('should sign in and stream a turn to done with the packed SDK in Chromium', async (context) => {
    if (!requireBrowserOrSkip('the packed SDK in Chromium')) {
      context.skip();
    }
    const baseUrl = `http://127.0.0.1:${port}`;
    const modules = join(project, 'node_modules');
    const files: [prefix: string, directory: string][] = [
      ['/__sdk/api-client/', join(modules, '@dev-coach/api-client/dist/')],
      ['/__sdk/openapi-fetch/', join(modules, 'openapi-fetch/dist/')],
      ['/__sdk/eventsource-parser/', join(modules, 'eventsource-parser/dist/')],
    ];
    const importMap = {
      imports: {
        '@dev-coach/api-client': '/__sdk/api-client/index.js',
        'openapi-fetch': '/__sdk/openapi-fetch/index.mjs',
        'eventsource-parser': '/__sdk/eventsource-parser/index.js',
      },
    };
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.route(`${baseUrl}/__sdk/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/__sdk/page.html') {
          return route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><title>sdk</title><script type="importmap">${JSON.stringify(importMap)}</script>`,
          });
        }
        const match = files.find(([prefix]) => path.startsWith(prefix));
        return match
          ? route.fulfill({
              contentType: 'text/javascript',
              body: readFileSync(join(match[1], path.slice(match[0].length))),
            })
          : route.fulfill({ status: 404 });
      });
      await page.goto(`${baseUrl}/__sdk/page.html`);
      // A string, not a function: the test runner rewrites dynamic imports in functions.
      const outcome = await page.evaluate<{ last: string; text: string }>(`(async () => {
        const { createDevCoachClient } = await import('@dev-coach/api-client');
        const coach = createDevCoachClient({ baseUrl: location.origin });
        await coach.signIn(${JSON.stringify({ email: client.email, password: client.password })});
        let text = '';
        let last = '';
        for await (const event of coach.streamTurn({ message: 'Hello from a browser' })) {
          if (event.type === 'delta') text += event.data.text;
          last = event.type;
        }
        return { last, text };
      })()`);

      expect(outcome.last).toBe('done');
      expect(outcome.text.length).toBeGreaterThan(10);
    } finally {
      await browser.close();
    }
  });
});
