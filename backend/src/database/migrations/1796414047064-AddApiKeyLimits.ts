import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddApiKeyLimits1796414047064 implements MigrationInterface {
  name = 'AddApiKeyLimits1796414047064';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Both optional: a key without an expiry works until revoked, and one without its own
    // limit is held only by the platform's limits.
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "expires_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "rate_limit_per_minute" integer`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "chk_api_keys_rate_limit" CHECK ("rate_limit_per_minute" IS NULL OR "rate_limit_per_minute" > 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "chk_api_keys_rate_limit"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "rate_limit_per_minute"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "expires_at"`);
  }
}
