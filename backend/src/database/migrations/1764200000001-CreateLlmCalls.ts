import type { MigrationInterface, QueryRunner } from 'typeorm';

// Usage accounting: one row per provider call, and the shared response cache.
export class CreateLlmCalls1764200000001 implements MigrationInterface {
  name = 'CreateLlmCalls1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "llm_calls" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid,
        "purpose" varchar(40) NOT NULL,
        "provider" varchar(20) NOT NULL,
        "model" varchar(100) NOT NULL,
        "prompt_version_ids" uuid[] NOT NULL DEFAULT '{}',
        "stream" boolean NOT NULL DEFAULT false,
        "status" varchar(20) NOT NULL,
        "error_code" varchar(40),
        "error_message" varchar(500),
        "input_tokens" integer NOT NULL DEFAULT 0,
        "output_tokens" integer NOT NULL DEFAULT 0,
        "cached_tokens" integer NOT NULL DEFAULT 0,
        "reasoning_tokens" integer NOT NULL DEFAULT 0,
        "prompt_tokens_estimate" integer,
        "trimmed" jsonb,
        "cost_usd" numeric(14, 8),
        "latency_ms" integer,
        "ttft_ms" integer,
        "attempts" smallint NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_llm_calls" PRIMARY KEY ("id"),
        CONSTRAINT "fk_llm_calls_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_llm_calls_status" CHECK ("status" IN ('ok', 'error', 'cache_hit')),
        CONSTRAINT "ck_llm_calls_error_code" CHECK (("status" = 'error') = ("error_code" IS NOT NULL))
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_llm_calls_created_at" ON "llm_calls" ("created_at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_llm_calls_user_created_at" ON "llm_calls" ("user_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "llm_cache_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cache_key" varchar(64) NOT NULL,
        "model" varchar(100) NOT NULL,
        "text" text NOT NULL,
        "finish_reason" varchar(20) NOT NULL,
        "usage" jsonb NOT NULL,
        "hit_count" integer NOT NULL DEFAULT 0,
        "expires_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_llm_cache_entries" PRIMARY KEY ("id"),
        CONSTRAINT "uq_llm_cache_entries_key" UNIQUE ("cache_key")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_llm_cache_entries_expires_at" ON "llm_cache_entries" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "llm_cache_entries"`);
    await queryRunner.query(`DROP TABLE "llm_calls"`);
  }
}
