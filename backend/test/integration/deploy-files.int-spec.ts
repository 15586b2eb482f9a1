import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findRepoRoot } from 'src/config/paths';

// No Docker engine runs in CI, so the deployment files are checked by reading them.
const root = findRepoRoot();

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

describe('docker-compose.yml', () => {
  it('should define postgres, redis, api, worker and web when parsed', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'redis', 'web', 'worker']);
  });

  it.each(['postgres', 'redis', 'api', 'worker', 'web'])(
    'should give %s a health check when deployed',
    (name) => {
      const test = compose.services[name]?.healthcheck?.test;
      expect(Array.isArray(test) && test.length > 1).toBe(true);
    },
  );

  it('should start api and worker only after their dependencies are healthy when composed', () => {
    for (const name of ['api', 'worker']) {
      const dependsOn = compose.services[name]?.depends_on ?? {};
      expect(dependsOn.postgres?.condition).toBe('service_healthy');
      expect(dependsOn.redis?.condition).toBe('service_healthy');
    }
    expect(compose.services.web?.depends_on?.api?.condition).toBe('service_healthy');
  });

  it('should run the API without workers or static files and the worker with Redis when scaled', () => {
    const api = compose.services.api;
    expect(api?.command).toEqual(['node', 'backend/dist/main.js']);
    expect(api?.environment).toMatchObject({ SERVE_STATIC: 'false', QUEUE_RUN_WORKERS: 'false' });
    expect(compose.services.worker?.command).toEqual(['node', 'backend/dist/worker.js']);
    for (const name of ['api', 'worker']) {
      expect(compose.services[name]?.environment?.REDIS_URL).toMatch(/^redis:\/\//);
      expect(compose.services[name]?.environment?.DATABASE_URL).toMatch(/^postgres:\/\//);
    }
  });

  it('should build from Dockerfiles that exist when an image is built', () => {
    for (const service of Object.values(compose.services)) {
      if (service.build) {
        expect(existsSync(join(root, service.build.context, service.build.dockerfile))).toBe(true);
      }
    }
  });

  it('should never hard-code the JWT secret when configured', () => {
    const raw = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    expect(raw).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?/);
  });
});

describe('Dockerfiles', () => {
  it.each(['Dockerfile.backend', 'Dockerfile.web'])('should be multi-stage when %s is read', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text.match(/^FROM /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('should ship the backend without dev dependencies when built', () => {
    expect(readFileSync(join(root, 'Dockerfile.backend'), 'utf8')).toContain('--omit=dev');
  });
});
