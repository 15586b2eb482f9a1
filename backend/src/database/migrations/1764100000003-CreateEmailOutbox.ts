import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEmailOutbox1764100000003 implements MigrationInterface {
  name = 'CreateEmailOutbox1764100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "email_status" AS ENUM ('pending', 'sending', 'retrying', 'sent', 'logged', 'failed')`,
    );
    // html/text hold the mail with its secret link masked; the real link is sealed (encrypted)
    // in sealed_secret until delivery and erased afterwards.
    await queryRunner.query(`
      CREATE TABLE "email_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "to_address" varchar(320) NOT NULL,
        "user_id" uuid,
        "template" varchar(64) NOT NULL,
        "subject" varchar(300) NOT NULL,
        "html" text NOT NULL,
        "text" text NOT NULL,
        "variables" jsonb NOT NULL DEFAULT '{}',
        "sealed_secret" text,
        "status" "email_status" NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" varchar(1000),
        "provider_message_id" varchar(200),
        "claimed_at" timestamptz,
        "sent_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_email_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "fk_email_outbox_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_email_outbox_status" ON "email_outbox" ("status", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_email_outbox_created_at" ON "email_outbox" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP TYPE "email_status"`);
  }
}
