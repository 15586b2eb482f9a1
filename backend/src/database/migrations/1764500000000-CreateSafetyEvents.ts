import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSafetyEvents1764500000000 implements MigrationInterface {
  name = 'CreateSafetyEvents1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "safety_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "message_id" uuid,
        "message_text" text NOT NULL,
        "flagged_by" varchar(20) NOT NULL,
        "classifier" jsonb NOT NULL,
        "moderation" jsonb NOT NULL,
        "context" jsonb NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'open',
        "resolution_note" text,
        "resolved_by" uuid,
        "resolved_at" timestamptz,
        "alert_queued_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_safety_events" PRIMARY KEY ("id"),
        CONSTRAINT "fk_safety_events_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_safety_events_message" FOREIGN KEY ("message_id") REFERENCES "chat_messages"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_safety_events_resolved_by" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_safety_events_status" CHECK ("status" IN ('open', 'resolved')),
        CONSTRAINT "ck_safety_events_flagged_by" CHECK ("flagged_by" IN ('classifier', 'moderation', 'both')),
        CONSTRAINT "ck_safety_events_resolution" CHECK (("status" = 'resolved') = ("resolved_at" IS NOT NULL))
      )`);
    // A retried screen of the same stored message finds the event instead of adding one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_safety_events_user_message" ON "safety_events" ("user_id", "message_id") WHERE "message_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_safety_events_status_created" ON "safety_events" ("status", "created_at" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_safety_events_user_created" ON "safety_events" ("user_id", "created_at" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "safety_events"`);
  }
}
