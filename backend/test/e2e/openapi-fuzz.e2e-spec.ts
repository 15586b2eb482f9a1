import { type FuzzTarget, startFuzzTarget } from 'test/utils/fuzz-target';
import { ResponseValidator } from 'test/utils/openapi';

// The quick pass of the OpenAPI-driven fuzzing (a few requests per operation, a new seed each
// run); `npm run test:reliability` runs the full one (test/reliability/openapi-fuzz.rel-spec.ts).
const RUNS_PER_OPERATION = Number(process.env.FUZZ_QUICK_RUNS ?? 4);

describe('OpenAPI-driven fuzzing (quick pass)', () => {
  let target: FuzzTarget;

  beforeAll(async () => {
    target = await startFuzzTarget('fuzz_quick');
  });

  afterAll(async () => {
    await target?.t.close();
  });

  it('should flag undocumented statuses and bodies that break their schema when the checker sees them', () => {
    const validator = new ResponseValidator(target.document);
    const me = target.operations.find((operation) => operation.key === 'GET /api/v1/me');
    if (!me) {
      throw new Error('GET /api/v1/me is not in the document');
    }
    expect(validator.check(me, 418, 'application/json', '{}').problem).toBe('status 418 is not documented');
    expect(validator.check(me, 200, 'application/json', '{"id":1}').problem).toMatch(/breaks its schema/);
    expect(validator.check(me, 401, 'application/json', '{"statusCode":401}').problem).toMatch(
      /breaks its schema/,
    );
    expect(
      validator.check(me, 401, 'application/json', '{"statusCode":401,"code":"unauthorized","message":"No."}')
        .problem,
    ).toBeUndefined();
  });

  // About 450 requests take 15-30 s on a busy 2-core machine; the project's 60 s default is tight.
  it('should answer every generated request with a documented status and body and never 5xx', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const result = await target.run(RUNS_PER_OPERATION, seed);
    expect(result.operations).toBeGreaterThan(60);
    expect(result.findings, `seed ${seed} (rerun with FUZZ_SEED=${seed})`).toEqual([]);
  }, 180_000);
});
