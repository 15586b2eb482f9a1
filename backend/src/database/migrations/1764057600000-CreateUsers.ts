import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1764057600000 implements MigrationInterface {
  name = 'CreateUsers1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "user_role" AS ENUM ('user', 'staff', 'superuser')`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "password_hash" varchar(200),
        "role" "user_role" NOT NULL DEFAULT 'user',
        "first_name" varchar(100) NOT NULL DEFAULT '',
        "last_name" varchar(100) NOT NULL DEFAULT '',
        "timezone" varchar(64) NOT NULL DEFAULT 'UTC',
        "email_verified_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_users" PRIMARY KEY ("id"),
        CONSTRAINT "uq_users_email" UNIQUE ("email"),
        CONSTRAINT "ck_users_email_lower" CHECK ("email" = lower("email"))
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "user_role"`);
  }
}
