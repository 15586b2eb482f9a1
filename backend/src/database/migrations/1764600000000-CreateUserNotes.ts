import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUserNotes1764600000000 implements MigrationInterface {
  name = 'CreateUserNotes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "user_notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "text" varchar(500) NOT NULL,
        "source_message_id" uuid,
        "edited_by_user" boolean NOT NULL DEFAULT false,
        "deleted_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_user_notes" PRIMARY KEY ("id"),
        CONSTRAINT "fk_user_notes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_user_notes_source_message" FOREIGN KEY ("source_message_id") REFERENCES "chat_messages"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_user_notes_text" CHECK (length(btrim("text")) > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_user_notes_user_live" ON "user_notes" ("user_id", "created_at") WHERE "deleted_at" IS NULL`,
    );
    // No FK to chat_messages: the ledger must outlive a reset that deletes the messages, or a
    // late replay of the job could apply its operations again.
    await queryRunner.query(`
      CREATE TABLE "sentinel_operations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "source_message_id" uuid NOT NULL,
        "op_index" integer NOT NULL,
        "operation" jsonb NOT NULL,
        "status" varchar(20) NOT NULL,
        "note_id" uuid,
        "reason" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_sentinel_operations" PRIMARY KEY ("id"),
        CONSTRAINT "fk_sentinel_operations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "uq_sentinel_operations_message_op" UNIQUE ("source_message_id", "op_index"),
        CONSTRAINT "ck_sentinel_operations_status" CHECK ("status" IN ('applied', 'rejected', 'skipped', 'none'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sentinel_operations"`);
    await queryRunner.query(`DROP TABLE "user_notes"`);
  }
}
