import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTurnAttempts1764912000001 implements MigrationInterface {
  name = 'AddTurnAttempts1764912000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Which attempt of the turn runs (or ran last): a client retry of a failed turn and a queue
    // retry of a crashed job each start a new one, announced by a `restart` event.
    await queryRunner.query(`ALTER TABLE "turns" ADD "attempt" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "turns" ADD CONSTRAINT "ck_turns_attempt" CHECK ("attempt" >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "turns" DROP CONSTRAINT "ck_turns_attempt"`);
    await queryRunner.query(`ALTER TABLE "turns" DROP COLUMN "attempt"`);
  }
}
