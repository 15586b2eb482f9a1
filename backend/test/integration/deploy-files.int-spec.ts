import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { buildAiConfig } from 'src/ai/config/ai.config';
import { buildAuthConfig } from 'src/auth/config/auth.config';
import { buildCoachingConfig } from 'src/coaching/config/coaching.config';
import { buildAppConfig } from 'src/config/app.config';
import { findRepoRoot } from 'src/config/paths';
import { buildDatabaseConfig } from 'src/database/database.config';
import { buildEmailConfig } from 'src/email/config/email.config';
import { buildObservabilityConfig } from 'src/observability/observability.config';
import { buildQueueConfig } from 'src/queue/queue.config';
import { buildSafetyConfig } from 'src/safety/config/safety.config';
import { buildStorageConfig } from 'src/storage/storage.config';
import { startTestApp, type TestApp } from 'test/utils/test-app';

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

// --- Kubernetes (deploy/k8s) and Render (render.yaml) -----------------------------------------

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  exec?: { command: string[] };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}
interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: {
    template?: { spec: { containers: Container[] } };
    ports?: { port: number; targetPort: string | number }[];
    rules?: { http: { paths: { backend: { service: { name: string } } }[] } }[];
  };
}

/** Every variable without which the scaled deployment would silently fall back to single-process parts. */
const REQUIRED_ENV = ['NODE_ENV', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PUBLIC_URL'];
const SECRET_ENV = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'OPENAI_API_KEY'];
/** Stand-ins for values a secret store provides at deploy time. */
const SECRET_SAMPLES: Record<string, string> = {
  DATABASE_URL: 'postgres://devcoach:pw@db.internal:5432/devcoach',
  REDIS_URL: 'redis://redis.internal:6379',
  JWT_SECRET: 'k'.repeat(48),
  OPENAI_API_KEY: 'sk-sample',
  PUBLIC_URL: 'https://coach.example.com',
};

/** Runs every configuration builder the processes run at start; throws what they would. */
const configure = (env: Record<string, string>): void => {
  const builders = [
    buildAppConfig,
    buildDatabaseConfig,
    buildQueueConfig,
    buildAuthConfig,
    buildEmailConfig,
    buildAiConfig,
    buildCoachingConfig,
    buildSafetyConfig,
    buildStorageConfig,
    (source: Record<string, string>) => buildObservabilityConfig('api', source),
  ];
  for (const build of builders) {
    build(env);
  }
  expect(buildQueueConfig(env).driver).toBe('bullmq');
};

const composeCommand = (service: 'api' | 'worker'): string[] => compose.services[service]?.command ?? [];

const kustomization = parse(readFileSync(join(root, 'deploy/k8s/kustomization.yaml'), 'utf8')) as {
  resources: string[];
  images: { name: string }[];
};
const k8sObjects: K8sObject[] = kustomization.resources.flatMap((file) =>
  parseAllDocuments(readFileSync(join(root, 'deploy/k8s', file), 'utf8')).map(
    (doc) => doc.toJS() as K8sObject,
  ),
);
const k8s = (kind: string, name: string): K8sObject => {
  const found = k8sObjects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) {
    throw new Error(`deploy/k8s has no ${kind} ${name}`);
  }
  return found;
};
const containerOf = (name: string): Container => {
  const container = k8s('Deployment', name).spec?.template?.spec.containers[0];
  if (!container) {
    throw new Error(`Deployment ${name} has no container`);
  }
  return container;
};
const probesOf = (container: Container): Probe[] =>
  [container.startupProbe, container.livenessProbe, container.readinessProbe].filter(
    (probe): probe is Probe => probe !== undefined,
  );

/** The environment a pod gets: its ConfigMaps, literal values, and samples for secret references. */
const podEnv = (container: Container): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    Object.assign(env, k8s('ConfigMap', source.configMapRef?.name ?? '').data);
  }
  for (const variable of container.env ?? []) {
    env[variable.name] = variable.value ?? SECRET_SAMPLES[variable.name] ?? 'sample';
  }
  return env;
};

const dockerCmd = (file: string): string[] =>
  JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? '[]') as string[];
const nginxConf = readFileSync(join(root, 'docker/nginx.conf'), 'utf8');

describe('deploy/k8s', () => {
  it('should define the api, worker and web deployments and their services when applied', () => {
    expect(existsSync(join(root, 'deploy/k8s/kustomization.yaml'))).toBe(true);
    for (const name of ['api', 'worker', 'web']) {
      expect(k8s('Deployment', name)).toBeDefined();
    }
    // nginx in the web image proxies to http://api:3000.
    const proxied = /proxy_pass http:\/\/(\w+):(\d+);/.exec(nginxConf);
    expect(k8s('Service', proxied?.[1] ?? '').spec?.ports?.[0]?.port).toBe(Number(proxied?.[2]));
    expect(k8s('Service', 'web').spec?.ports?.[0]?.port).toBe(80);
    const backends = k8s('Ingress', 'dev-coach').spec?.rules?.flatMap((rule) => rule.http.paths) ?? [];
    expect(backends.map((path) => path.backend.service.name)).toEqual(['web']);
  });

  it('should run the Dockerfile images with the compose commands when deployed', () => {
    const images = kustomization.images.map((image) => image.name);
    expect(containerOf('api').image).toBe('dev-coach-backend');
    expect(containerOf('worker').image).toBe('dev-coach-backend');
    expect(containerOf('web').image).toBe('dev-coach-web');
    expect(images.sort()).toEqual(['dev-coach-backend', 'dev-coach-web']);
    expect(containerOf('api').command).toEqual(composeCommand('api'));
    expect(containerOf('api').command).toEqual(dockerCmd('Dockerfile.backend'));
    expect(containerOf('worker').command).toEqual(composeCommand('worker'));
    expect(containerOf('web').ports?.[0]?.containerPort).toBe(
      Number(/^EXPOSE (\d+)$/m.exec(readFileSync(join(root, 'Dockerfile.web'), 'utf8'))?.[1]),
    );
    expect(containerOf('api').ports?.[0]?.containerPort).toBe(Number(podEnv(containerOf('api')).PORT));
  });

  it.each(['api', 'worker'])(
    'should give %s every variable the app requires and a valid configuration',
    (name) => {
      const env = podEnv(containerOf(name));
      expect(Object.keys(env)).toEqual(expect.arrayContaining(REQUIRED_ENV));
      expect(env.NODE_ENV).toBe('production');
      expect(() => configure(env)).not.toThrow();
    },
  );

  it('should read every secret from the secret by reference when configured', () => {
    for (const name of ['api', 'worker']) {
      for (const variable of containerOf(name).env ?? []) {
        if (SECRET_ENV.includes(variable.name)) {
          expect(variable.value, `${name} ${variable.name}`).toBeUndefined();
          expect(variable.valueFrom?.secretKeyRef).toEqual(
            expect.objectContaining({ name: 'dev-coach-secrets', key: variable.name }),
          );
        }
      }
    }
    const configMaps = k8sObjects.filter((object) => object.kind === 'ConfigMap');
    expect(configMaps.flatMap((map) => Object.keys(map.data ?? {}))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/SECRET|PASSWORD|KEY|DATABASE_URL|REDIS_URL/)]),
    );
  });

  it('should give every container resource requests and a memory limit when scheduled', () => {
    for (const name of ['api', 'worker', 'web']) {
      const resources = containerOf(name).resources;
      expect(resources?.requests?.cpu, name).toBeTruthy();
      expect(resources?.requests?.memory, name).toBeTruthy();
      expect(resources?.limits?.memory, name).toBeTruthy();
    }
  });

  it('should probe the API on /health/live and /health/ready and the others the way compose does', () => {
    const api = containerOf('api');
    expect(api.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(api.readinessProbe?.httpGet?.path).toBe('/health/ready');
    for (const probe of probesOf(api)) {
      expect(api.ports?.map((port) => port.name)).toContain(probe.httpGet?.port);
    }
    // The worker has no HTTP server: the same heartbeat-file check as docker-compose.yml.
    expect(containerOf('worker').livenessProbe?.exec?.command).toEqual(
      compose.services.worker?.healthcheck?.test.slice(1),
    );
    for (const probe of probesOf(containerOf('web'))) {
      expect(nginxConf).toContain(`location = ${probe.httpGet?.path ?? '?'} `);
    }
  });
});

interface RenderEnvVar {
  key: string;
  value?: string;
  sync?: boolean;
  generateValue?: boolean;
  fromDatabase?: { name: string; property: string };
  fromService?: { type: string; name: string; property?: string; envVarKey?: string };
}
interface RenderService {
  type: string;
  name: string;
  runtime?: string;
  buildCommand?: string;
  startCommand?: string;
  healthCheckPath?: string;
  maxmemoryPolicy?: string;
  ipAllowList?: unknown[];
  envVars?: RenderEnvVar[];
}

const blueprint = parse(readFileSync(join(root, 'render.yaml'), 'utf8')) as {
  services: RenderService[];
  databases: { name: string; ipAllowList?: unknown[] }[];
};
const renderService = (type: string): RenderService => {
  const found = blueprint.services.filter((service) => service.type === type);
  expect(found, type).toHaveLength(1);
  return found[0];
};

/** What Render would set: literal values, and samples for generated, prompted and linked ones. */
const renderEnv = (service: RenderService): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const variable of service.envVars ?? []) {
    if (variable.fromService?.envVarKey) {
      const source = blueprint.services.find((other) => other.name === variable.fromService?.name);
      expect(
        source?.envVars?.map((other) => other.key),
        variable.key,
      ).toContain(variable.fromService.envVarKey);
    }
    env[variable.key] = variable.value ?? SECRET_SAMPLES[variable.key] ?? 'sample';
  }
  return env;
};

describe('render.yaml', () => {
  it('should define a web service, a worker, managed PostgreSQL and Key Value when parsed', () => {
    expect(blueprint.services.map((service) => service.type).sort()).toEqual(['keyvalue', 'web', 'worker']);
    expect(blueprint.databases).toHaveLength(1);
    // BullMQ loses jobs when Redis evicts keys.
    expect(renderService('keyvalue').maxmemoryPolicy).toBe('noeviction');
    expect(renderService('keyvalue').ipAllowList).toEqual([]);
  });

  it('should start the same commands as compose and the Dockerfile when deployed', () => {
    expect(renderService('web').startCommand).toBe(composeCommand('api').join(' '));
    expect(renderService('worker').startCommand).toBe(composeCommand('worker').join(' '));
    for (const service of [renderService('web'), renderService('worker')]) {
      // NODE_ENV=production is set at build time too; the build needs the dev dependencies.
      expect(service.buildCommand).toMatch(/^npm ci --include=dev\b/);
    }
    expect(renderService('web').buildCommand).toMatch(/npm run build$/);
  });

  it.each(['web', 'worker'])(
    'should give the %s every variable the app requires and a valid configuration',
    (type) => {
      const service = renderService(type);
      const env = renderEnv(service);
      expect(Object.keys(env)).toEqual(expect.arrayContaining(REQUIRED_ENV));
      expect(() => configure(env)).not.toThrow();
      const byKey = new Map(service.envVars?.map((variable) => [variable.key, variable]));
      expect(byKey.get('DATABASE_URL')?.fromDatabase?.name).toBe(blueprint.databases[0]?.name);
      expect(byKey.get('REDIS_URL')?.fromService).toMatchObject({
        type: 'keyvalue',
        name: renderService('keyvalue').name,
        property: 'connectionString',
      });
      // Never a literal secret in the repository.
      for (const key of SECRET_ENV) {
        expect(byKey.get(key)?.value, key).toBeUndefined();
      }
    },
  );

  it('should serve the front ends from the API when on Render', () => {
    expect(renderEnv(renderService('web'))).toMatchObject({
      SERVE_STATIC: 'true',
      QUEUE_RUN_WORKERS: 'false',
    });
  });
});

describe('health routes the deployments probe', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('ops_deploy_probes');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer every probed path when the API runs', async () => {
    const paths = new Set([
      ...probesOf(containerOf('api')).map((probe) => probe.httpGet?.path ?? ''),
      renderService('web').healthCheckPath ?? '',
    ]);
    expect([...paths].sort()).toEqual(['/health/live', '/health/ready']);
    for (const path of paths) {
      const res = await t.app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(200);
    }
  });
});
