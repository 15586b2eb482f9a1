import type { MigrationInterface, QueryRunner } from 'typeorm';

// Prompt templates keyed by (kind, phase | category) and their immutable versions. The active
// version is one column on the template, so a key can never have two.
export class CreatePrompts1764200000000 implements MigrationInterface {
  name = 'CreatePrompts1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "prompt_templates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" varchar(80) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "phase" varchar(40),
        "category" varchar(40),
        "active_version_id" uuid,
        "activated_at" timestamptz,
        "activated_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_prompt_templates" PRIMARY KEY ("id"),
        CONSTRAINT "uq_prompt_templates_key" UNIQUE ("key"),
        CONSTRAINT "fk_prompt_templates_activated_by" FOREIGN KEY ("activated_by_id") REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_prompt_templates_kind" CHECK ("kind" IN ('system', 'phase', 'category_guide', 'sentinel', 'safety')),
        CONSTRAINT "ck_prompt_templates_phase" CHECK (("kind" = 'phase') = ("phase" IS NOT NULL)),
        CONSTRAINT "ck_prompt_templates_category" CHECK (("kind" = 'category_guide') = ("category" IS NOT NULL))
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "prompt_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "template_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "body" text NOT NULL,
        "change_note" varchar(500) NOT NULL DEFAULT '',
        "allowed_actions" text[] NOT NULL DEFAULT '{}',
        "required_context_keys" text[] NOT NULL DEFAULT '{}',
        "source" varchar(10) NOT NULL,
        "seed_hash" varchar(64),
        "author_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_prompt_versions" PRIMARY KEY ("id"),
        CONSTRAINT "uq_prompt_versions_template_version" UNIQUE ("template_id", "version"),
        CONSTRAINT "fk_prompt_versions_template" FOREIGN KEY ("template_id") REFERENCES "prompt_templates" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_prompt_versions_author" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_prompt_versions_source" CHECK ("source" IN ('seed', 'staff')),
        CONSTRAINT "ck_prompt_versions_body" CHECK (length(btrim("body")) > 0)
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_versions_created_at" ON "prompt_versions" ("created_at")`,
    );
    // The active version must belong to the template; the composite FK says so in one place.
    await queryRunner.query(
      `ALTER TABLE "prompt_versions" ADD CONSTRAINT "uq_prompt_versions_id_template" UNIQUE ("id", "template_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "prompt_templates" ADD CONSTRAINT "fk_prompt_templates_active_version"
        FOREIGN KEY ("active_version_id", "id") REFERENCES "prompt_versions" ("id", "template_id")
    `);
    // Turns record the version ids they used, so a version's content never changes. Author
    // deletion (SET NULL) and nothing else may touch a row.
    await queryRunner.query(`
      CREATE FUNCTION "prompt_versions_immutable"() RETURNS trigger AS $$
      BEGIN
        IF NEW."body" IS DISTINCT FROM OLD."body"
          OR NEW."version" IS DISTINCT FROM OLD."version"
          OR NEW."template_id" IS DISTINCT FROM OLD."template_id"
          OR NEW."allowed_actions" IS DISTINCT FROM OLD."allowed_actions"
          OR NEW."required_context_keys" IS DISTINCT FROM OLD."required_context_keys" THEN
          RAISE EXCEPTION 'prompt versions are immutable; save a new version instead';
        END IF;
        RETURN NEW;
      END
      $$ LANGUAGE plpgsql
    `);
    await queryRunner.query(`
      CREATE TRIGGER "trg_prompt_versions_immutable" BEFORE UPDATE ON "prompt_versions"
        FOR EACH ROW EXECUTE FUNCTION "prompt_versions_immutable"()
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "prompt_templates" DROP CONSTRAINT "fk_prompt_templates_active_version"`,
    );
    await queryRunner.query(`DROP TABLE "prompt_versions"`);
    await queryRunner.query(`DROP FUNCTION "prompt_versions_immutable"()`);
    await queryRunner.query(`DROP TABLE "prompt_templates"`);
  }
}
