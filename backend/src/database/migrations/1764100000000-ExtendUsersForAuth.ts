import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExtendUsersForAuth1764100000000 implements MigrationInterface {
  name = 'ExtendUsersForAuth1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "users"
        ADD "is_active" boolean NOT NULL DEFAULT true,
        ADD "memory_enabled" boolean NOT NULL DEFAULT true,
        ADD "totp_secret" varchar(64),
        ADD "totp_enabled_at" timestamptz,
        ADD "totp_last_step" bigint,
        ADD "last_login_at" timestamptz,
        ADD "password_changed_at" timestamptz
    `);
    await queryRunner.query(`CREATE INDEX "ix_users_role" ON "users" ("role")`);
    await queryRunner.query(`CREATE INDEX "ix_users_created_at" ON "users" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_users_created_at"`);
    await queryRunner.query(`DROP INDEX "ix_users_role"`);
    await queryRunner.query(`
      ALTER TABLE "users"
        DROP COLUMN "password_changed_at",
        DROP COLUMN "last_login_at",
        DROP COLUMN "totp_last_step",
        DROP COLUMN "totp_enabled_at",
        DROP COLUMN "totp_secret",
        DROP COLUMN "memory_enabled",
        DROP COLUMN "is_active"
    `);
  }
}
