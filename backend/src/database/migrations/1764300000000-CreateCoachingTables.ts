import type { MigrationInterface, QueryRunner } from 'typeorm';

// The coaching engine's tables. Catalogue values (phases, categories, identity states) are
// plain varchar checked by the application, so a new phase needs no enum migration; values
// the engine alone writes (roles, statuses, sources) carry CHECK constraints.
export class CreateCoachingTables1764300000000 implements MigrationInterface {
  name = 'CreateCoachingTables1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" varchar(120) NOT NULL,
        "category" varchar(40) NOT NULL,
        "state" varchar(30) NOT NULL,
        "notes" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "i_am_statement" text,
        "visualization" text,
        "sort_order" integer NOT NULL,
        "parent_id" uuid,
        "archived_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_identities" PRIMARY KEY ("id"),
        CONSTRAINT "fk_identities_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_identities_parent" FOREIGN KEY ("parent_id") REFERENCES "identities" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_identities_archived" CHECK (("state" = 'archived') = ("archived_at" IS NOT NULL)),
        CONSTRAINT "ck_identities_notes_array" CHECK (jsonb_typeof("notes") = 'array')
      )
    `);
    // Names are unique per client, case-insensitively, among live identities only: an
    // archived "Runner" must not block a new one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_identities_user_live_name" ON "identities" ("user_id", lower("name")) WHERE "archived_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_identities_user_live_order" ON "identities" ("user_id", "sort_order") WHERE "archived_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_identities_parent" ON "identities" ("parent_id") WHERE "parent_id" IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "coach_states" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "current_phase" varchar(40) NOT NULL DEFAULT 'introduction',
        "identity_focus" varchar(40) NOT NULL DEFAULT 'passions_and_talents',
        "skipped_categories" text[] NOT NULL DEFAULT '{}',
        "who_you_are" text[] NOT NULL DEFAULT '{}',
        "who_you_want_to_be" text[] NOT NULL DEFAULT '{}',
        "asked_questions" text[] NOT NULL DEFAULT '{}',
        "current_identity_id" uuid,
        "shown_videos" text[] NOT NULL DEFAULT '{}',
        "safety_hold" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_coach_states" PRIMARY KEY ("id"),
        CONSTRAINT "uq_coach_states_user" UNIQUE ("user_id"),
        CONSTRAINT "fk_coach_states_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_coach_states_current_identity" FOREIGN KEY ("current_identity_id") REFERENCES "identities" ("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_coach_states_current_identity" ON "coach_states" ("current_identity_id") WHERE "current_identity_id" IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "turns" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "status" varchar(16) NOT NULL,
        "input" jsonb NOT NULL,
        "idempotency_key" varchar(200),
        "request_hash" char(64),
        "model" varchar(120),
        "prompt_version_ids" uuid[] NOT NULL DEFAULT '{}',
        "input_tokens" integer,
        "output_tokens" integer,
        "cached_tokens" integer,
        "reasoning_tokens" integer,
        "latency_ms" integer,
        "ttft_ms" integer,
        "error_code" varchar(60),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_turns" PRIMARY KEY ("id"),
        CONSTRAINT "fk_turns_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_turns_status" CHECK ("status" IN ('queued', 'streaming', 'done', 'failed')),
        CONSTRAINT "ck_turns_idempotency" CHECK (("idempotency_key" IS NULL) = ("request_hash" IS NULL))
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_turns_user_idempotency_key" ON "turns" ("user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    // At most one running turn per client: a second concurrent POST fails here (409 turn_in_progress).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_turns_user_running" ON "turns" ("user_id") WHERE "status" IN ('queued', 'streaming')`,
    );
    // Quotas count a client's recent turns.
    await queryRunner.query(`CREATE INDEX "ix_turns_user_created" ON "turns" ("user_id", "created_at" DESC)`);

    await queryRunner.query(`
      CREATE TABLE "chat_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "role" varchar(10) NOT NULL,
        "content" text NOT NULL,
        "component" jsonb,
        "turn_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_chat_messages" PRIMARY KEY ("id"),
        CONSTRAINT "fk_chat_messages_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_chat_messages_turn" FOREIGN KEY ("turn_id") REFERENCES "turns" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_chat_messages_role" CHECK ("role" IN ('user', 'coach'))
      )
    `);
    // History pages and the prompt's recent messages: keyset on (created_at, id), newest first.
    await queryRunner.query(
      `CREATE INDEX "ix_chat_messages_user_created" ON "chat_messages" ("user_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_chat_messages_turn" ON "chat_messages" ("turn_id") WHERE "turn_id" IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "action_logs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "turn_id" uuid,
        "message_id" uuid,
        "type" varchar(60) NOT NULL,
        "params" jsonb NOT NULL,
        "status" varchar(10) NOT NULL,
        "source" varchar(10) NOT NULL,
        "sequence" integer NOT NULL,
        "summary" text,
        "reason_code" varchar(40),
        "reason" text,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_action_logs" PRIMARY KEY ("id"),
        CONSTRAINT "fk_action_logs_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_action_logs_turn" FOREIGN KEY ("turn_id") REFERENCES "turns" ("id") ON DELETE SET NULL,
        CONSTRAINT "fk_action_logs_message" FOREIGN KEY ("message_id") REFERENCES "chat_messages" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_action_logs_status" CHECK ("status" IN ('applied', 'rejected')),
        CONSTRAINT "ck_action_logs_source" CHECK ("source" IN ('model', 'button', 'staff')),
        CONSTRAINT "ck_action_logs_outcome" CHECK (
          ("status" = 'applied' AND "summary" IS NOT NULL AND "reason_code" IS NULL)
          OR ("status" = 'rejected' AND "reason_code" IS NOT NULL)
        )
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_action_logs_turn" ON "action_logs" ("turn_id", "sequence") WHERE "turn_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_action_logs_message" ON "action_logs" ("message_id", "sequence") WHERE "message_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_action_logs_user_created" ON "action_logs" ("user_id", "created_at" DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE "breaks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "session" varchar(30) NOT NULL,
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "ended_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_breaks" PRIMARY KEY ("id"),
        CONSTRAINT "fk_breaks_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_breaks_ended_after_start" CHECK ("ended_at" IS NULL OR "ended_at" >= "started_at")
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_breaks_user_open" ON "breaks" ("user_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_breaks_user_started" ON "breaks" ("user_id", "started_at" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "breaks"`);
    await queryRunner.query(`DROP TABLE "action_logs"`);
    await queryRunner.query(`DROP TABLE "chat_messages"`);
    await queryRunner.query(`DROP TABLE "turns"`);
    await queryRunner.query(`DROP TABLE "coach_states"`);
    await queryRunner.query(`DROP TABLE "identities"`);
  }
}
