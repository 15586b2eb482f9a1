import type { MigrationInterface, QueryRunner } from 'typeorm';

// The coach model can raise a safety concern in its reply (defence in depth next to the
// moderation endpoint and the offline classifier); its events are flagged by 'coach'.
export class AllowCoachSafetyEvents1796405329243 implements MigrationInterface {
  name = 'AllowCoachSafetyEvents1796405329243';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "safety_events" DROP CONSTRAINT "ck_safety_events_flagged_by"`);
    await queryRunner.query(
      `ALTER TABLE "safety_events" ADD CONSTRAINT "ck_safety_events_flagged_by" CHECK ("flagged_by" IN ('classifier', 'moderation', 'both', 'coach'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "safety_events" WHERE "flagged_by" = 'coach'`);
    await queryRunner.query(`ALTER TABLE "safety_events" DROP CONSTRAINT "ck_safety_events_flagged_by"`);
    await queryRunner.query(
      `ALTER TABLE "safety_events" ADD CONSTRAINT "ck_safety_events_flagged_by" CHECK ("flagged_by" IN ('classifier', 'moderation', 'both'))`,
    );
  }
}
