import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { applyGlobalPrefix } from 'src/app.factory';
import { AppModule } from 'src/app.module';
import { findRepoRoot } from 'src/config/paths';
import { buildOpenApiDocument } from 'src/openapi/openapi';
import type { OpenAPIObject } from '@nestjs/swagger';

export const CLIENT_DIR = join(findRepoRoot(), 'packages', 'api-client');

// `preview: true` resolves the module graph without instantiating providers, so no
// database, Redis or HTTP listener is needed to describe the API.
export const generateOpenApiDocument = async (): Promise<OpenAPIObject> => {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  applyGlobalPrefix(app);
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
};

export const renderClientArtifacts = async (
  document: OpenAPIObject,
): Promise<{ json: string; types: string }> => {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0]);
  const header = '// Generated from openapi.json by `npm run api:generate`. Do not edit by hand.\n\n';
  return { json, types: `${header}${astToString(ast)}` };
};

const main = async (): Promise<void> => {
  const { json, types } = await renderClientArtifacts(await generateOpenApiDocument());
  writeFileSync(join(CLIENT_DIR, 'openapi.json'), json);
  writeFileSync(join(CLIENT_DIR, 'src', 'schema.d.ts'), types);
  process.stdout.write(`Wrote ${join(CLIENT_DIR, 'openapi.json')} and src/schema.d.ts\n`);
};

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
