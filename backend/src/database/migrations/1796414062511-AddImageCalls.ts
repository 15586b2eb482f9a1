import type { MigrationInterface, QueryRunner } from 'typeorm';

// The visualization studio (docs/studio.md): image model calls are llm_calls rows of kind
// 'image', and the image prompts are two new prompt kinds.
export class AddImageCalls1796414062511 implements MigrationInterface {
  name = 'AddImageCalls1796414062511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "llm_calls" ADD "kind" varchar(10) NOT NULL DEFAULT 'text'`);
    await queryRunner.query(
      `ALTER TABLE "llm_calls" ADD CONSTRAINT "ck_llm_calls_kind" CHECK ("kind" IN ('text', 'image'))`,
    );
    await queryRunner.query(`ALTER TABLE "prompt_templates" DROP CONSTRAINT "ck_prompt_templates_kind"`);
    await queryRunner.query(
      `ALTER TABLE "prompt_templates" ADD CONSTRAINT "ck_prompt_templates_kind" CHECK ("kind" IN ('system', 'phase', 'category_guide', 'sentinel', 'safety', 'image_generate', 'image_refine'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "prompt_versions" WHERE "template_id" IN (SELECT "id" FROM "prompt_templates" WHERE "kind" IN ('image_generate', 'image_refine'))`,
    );
    await queryRunner.query(
      `DELETE FROM "prompt_templates" WHERE "kind" IN ('image_generate', 'image_refine')`,
    );
    await queryRunner.query(`ALTER TABLE "prompt_templates" DROP CONSTRAINT "ck_prompt_templates_kind"`);
    await queryRunner.query(
      `ALTER TABLE "prompt_templates" ADD CONSTRAINT "ck_prompt_templates_kind" CHECK ("kind" IN ('system', 'phase', 'category_guide', 'sentinel', 'safety'))`,
    );
    await queryRunner.query(`ALTER TABLE "llm_calls" DROP CONSTRAINT "ck_llm_calls_kind"`);
    await queryRunner.query(`ALTER TABLE "llm_calls" DROP COLUMN "kind"`);
  }
}
