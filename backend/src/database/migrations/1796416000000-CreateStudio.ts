import type { MigrationInterface, QueryRunner } from 'typeorm';

// The visualization studio (docs/studio.md): appearance, reference photos, scenes, drafts, and
// the staff override on users. Every row hangs off users, so an erased account cascades here
// (its image files are deleted by StudioPersonalData first).
export class CreateStudio1796416000000 implements MigrationInterface {
  name = 'CreateStudio1796416000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "studio_override" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE "studio_appearances" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "description" varchar(500) NOT NULL DEFAULT '',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_studio_appearances" PRIMARY KEY ("id"),
        CONSTRAINT "uq_studio_appearances_user" UNIQUE ("user_id"),
        CONSTRAINT "fk_studio_appearances_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "studio_references" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "content_type" varchar(40) NOT NULL,
        "width" integer NOT NULL,
        "height" integer NOT NULL,
        "size_bytes" integer NOT NULL,
        "storage_key" varchar(512) NOT NULL,
        "thumbnail_key" varchar(512) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_studio_references" PRIMARY KEY ("id"),
        CONSTRAINT "fk_studio_references_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_studio_references_user" ON "studio_references" ("user_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "studio_scenes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "identity_id" uuid NOT NULL,
        "clothing" varchar(300),
        "mood" varchar(300),
        "setting" varchar(300),
        "extra_prompt" varchar(300),
        "saved_draft_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_studio_scenes" PRIMARY KEY ("id"),
        CONSTRAINT "uq_studio_scenes_identity" UNIQUE ("identity_id"),
        CONSTRAINT "fk_studio_scenes_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_studio_scenes_identity" FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_studio_scenes_user" ON "studio_scenes" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "studio_drafts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "identity_id" uuid NOT NULL,
        "parent_id" uuid,
        "status" varchar(20) NOT NULL DEFAULT 'pending',
        "instruction" varchar(300),
        "error_code" varchar(40),
        "image_key" varchar(512),
        "thumbnail_key" varchar(512),
        "width" integer,
        "height" integer,
        "model" varchar(100),
        "demo" boolean NOT NULL DEFAULT false,
        "llm_call_id" uuid,
        "idempotency_key" varchar(200),
        "finished_at" timestamptz,
        "deleted_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_studio_drafts" PRIMARY KEY ("id"),
        CONSTRAINT "ck_studio_drafts_status" CHECK ("status" IN ('pending', 'ready', 'failed')),
        CONSTRAINT "fk_studio_drafts_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_studio_drafts_identity" FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_studio_drafts_parent" FOREIGN KEY ("parent_id") REFERENCES "studio_drafts" ("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_studio_drafts_identity" ON "studio_drafts" ("identity_id", "created_at")`,
    );
    // The daily quota counts a client's drafts since midnight UTC.
    await queryRunner.query(
      `CREATE INDEX "ix_studio_drafts_user_created" ON "studio_drafts" ("user_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_studio_drafts_idempotency" ON "studio_drafts" ("user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "studio_scenes" ADD CONSTRAINT "fk_studio_scenes_saved_draft"
        FOREIGN KEY ("saved_draft_id") REFERENCES "studio_drafts" ("id") ON DELETE SET NULL
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "studio_scenes" DROP CONSTRAINT "fk_studio_scenes_saved_draft"`);
    await queryRunner.query(`DROP TABLE "studio_drafts"`);
    await queryRunner.query(`DROP TABLE "studio_scenes"`);
    await queryRunner.query(`DROP TABLE "studio_references"`);
    await queryRunner.query(`DROP TABLE "studio_appearances"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "studio_override"`);
  }
}
