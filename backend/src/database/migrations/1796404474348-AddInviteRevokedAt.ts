import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInviteRevokedAt1796404474348 implements MigrationInterface {
  name = 'AddInviteRevokedAt1796404474348';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Revoking keeps the row (who was invited, by whom, when it was called off) instead of
    // deleting it; a revoked invite no longer blocks a new one for the same address.
    await queryRunner.query(`ALTER TABLE "invites" ADD "revoked_at" timestamptz`);
    await queryRunner.query(`DROP INDEX "uq_invites_pending_email"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invites_pending_email" ON "invites" ("email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Revoked rows did not exist before this migration: they go, as a revoke used to delete.
    await queryRunner.query(`DELETE FROM "invites" WHERE "revoked_at" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "uq_invites_pending_email"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invites_pending_email" ON "invites" ("email") WHERE "accepted_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "invites" DROP COLUMN "revoked_at"`);
  }
}
