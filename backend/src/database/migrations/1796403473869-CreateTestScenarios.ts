import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTestScenarios1796403473869 implements MigrationInterface {
  name = 'CreateTestScenarios1796403473869';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "test_scenarios" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(120) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "profile" jsonb NOT NULL,
        "template" jsonb NOT NULL,
        "created_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_test_scenarios" PRIMARY KEY ("id"),
        CONSTRAINT "uq_test_scenarios_name" UNIQUE ("name"),
        CONSTRAINT "fk_test_scenarios_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "test_users" (
        "user_id" uuid NOT NULL,
        "scenario_id" uuid,
        "created_by_id" uuid,
        "reset_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_test_users" PRIMARY KEY ("user_id"),
        CONSTRAINT "fk_test_users_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_test_users_scenario" FOREIGN KEY ("scenario_id") REFERENCES "test_scenarios"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_test_users_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "ix_test_users_scenario" ON "test_users" ("scenario_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "test_users"`);
    await queryRunner.query(`DROP TABLE "test_scenarios"`);
  }
}
