import { type FuzzTarget, startFuzzTarget } from 'test/utils/fuzz-target';
import { recordReliability } from 'test/reliability/report';

// quality.md reliability test 5: the full OpenAPI-driven fuzzing run. At least 30 generated
// requests per operation (valid and hostile bodies, path parameters, queries and headers, as a
// client, as staff and anonymously); every answer must be a documented status with a body that
// matches its documented schema, and none may be a 5xx.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 40);

describe('OpenAPI-driven fuzzing (full run)', () => {
  let target: FuzzTarget;

  beforeAll(async () => {
    target = await startFuzzTarget('rel_fuzz');
  });

  afterAll(async () => {
    await target?.t.close();
  });

  it('should answer every generated request with a documented status and body and never 5xx', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const started = Date.now();
    const result = await target.run(RUNS_PER_OPERATION, seed);
    recordReliability({
      test: 5,
      id: 'openapi-fuzz',
      title: 'Fuzzing from the OpenAPI schemas (fast-check)',
      files: ['test/reliability/openapi-fuzz.rel-spec.ts', 'test/e2e/openapi-fuzz.e2e-spec.ts'],
      passed: result.findings.length === 0,
      figures: {
        operations: result.operations,
        requestsPerOperation: result.perOperation,
        requests: result.requests,
        serverErrors: result.serverErrors,
        undocumentedStatuses: result.undocumented,
        schemaMismatches: result.schemaMismatches,
        seed,
        seconds: Math.round((Date.now() - started) / 1000),
      },
    });
    expect(RUNS_PER_OPERATION).toBeGreaterThanOrEqual(30);
    expect(result.findings, `seed ${seed} (rerun with FUZZ_SEED=${seed})`).toEqual([]);
  });
});
