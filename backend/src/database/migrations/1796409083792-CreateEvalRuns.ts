import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvalRuns1796409083792 implements MigrationInterface {
  name = 'CreateEvalRuns1796409083792';

  async up(queryRunner: QueryRunner): Promise<void> {
    // created_by is a user id or an API key id (created_via says which); no foreign key, so a
    // run's record outlives the account or key that posted it.
    await queryRunner.query(`
      CREATE TABLE "eval_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "created_by" uuid NOT NULL,
        "created_via" varchar(10) NOT NULL,
        "provider" varchar(40) NOT NULL,
        "model" varchar(200),
        "prompt_versions" jsonb NOT NULL,
        "prompt_version_ids" uuid[] NOT NULL DEFAULT '{}',
        "summary" jsonb NOT NULL,
        "report" jsonb NOT NULL,
        CONSTRAINT "pk_eval_runs" PRIMARY KEY ("id"),
        CONSTRAINT "ck_eval_runs_created_via" CHECK ("created_via" IN ('user', 'api_key'))
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_eval_runs_created_at" ON "eval_runs" ("created_at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_eval_runs_prompt_version_ids" ON "eval_runs" USING gin ("prompt_version_ids")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "eval_runs"`);
  }
}
