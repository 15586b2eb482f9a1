import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTurnLeases1764700000000 implements MigrationInterface {
  name = 'AddTurnLeases1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "turns" ADD "lease_owner" varchar(64)`);
    await queryRunner.query(`ALTER TABLE "turns" ADD "lease_expires_at" timestamptz`);
    // Turns running when this ships belong to a process that is being replaced: give them a
    // minute, as a fresh lease would, then the sweeper fails whatever nobody finished.
    await queryRunner.query(
      `UPDATE "turns" SET "lease_expires_at" = now() + interval '1 minute' WHERE "status" IN ('queued', 'streaming')`,
    );
    // The sweeper's scan: only running turns, which are few.
    await queryRunner.query(
      `CREATE INDEX "ix_turns_running_lease" ON "turns" ("lease_expires_at") WHERE "status" IN ('queued', 'streaming')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_turns_running_lease"`);
    await queryRunner.query(`ALTER TABLE "turns" DROP COLUMN "lease_expires_at"`);
    await queryRunner.query(`ALTER TABLE "turns" DROP COLUMN "lease_owner"`);
  }
}
