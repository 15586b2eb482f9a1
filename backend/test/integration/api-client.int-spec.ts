import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_DIR, generateOpenApiDocument, renderClientArtifacts } from 'src/openapi/generate-openapi';

// The committed client must describe the API as it is; `npm run api:generate` fixes drift.
describe('packages/api-client', () => {
  it('should match the API when the OpenAPI document is regenerated', async () => {
    const { json, types } = await renderClientArtifacts(await generateOpenApiDocument());
    const stale = 'is stale: run `npm run api:generate` and commit the result';
    expect(readFileSync(join(CLIENT_DIR, 'openapi.json'), 'utf8'), `openapi.json ${stale}`).toBe(json);
    expect(readFileSync(join(CLIENT_DIR, 'src', 'schema.d.ts'), 'utf8'), `schema.d.ts ${stale}`).toBe(types);
  });
});
