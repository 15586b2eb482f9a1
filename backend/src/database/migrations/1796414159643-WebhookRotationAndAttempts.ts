import type { MigrationInterface, QueryRunner } from 'typeorm';

// Secret rotation with an overlap window, the per-attempt delivery log, and updated_at on
// endpoints (they can now be edited).
export class WebhookRotationAndAttempts1796414159643 implements MigrationInterface {
  name = 'WebhookRotationAndAttempts1796414159643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "webhook_endpoints"
        ADD "previous_secret" varchar(128),
        ADD "previous_secret_expires_at" timestamptz,
        ADD "updated_at" timestamptz NOT NULL DEFAULT now()
    `);
    await queryRunner.query(`
      CREATE TABLE "webhook_attempts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "delivery_id" uuid NOT NULL,
        "endpoint_id" uuid NOT NULL,
        "attempt" integer NOT NULL,
        "status_code" integer,
        "error" text,
        "duration_ms" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_webhook_attempts" PRIMARY KEY ("id"),
        CONSTRAINT "fk_webhook_attempts_delivery" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_attempts_delivery_created" ON "webhook_attempts" ("delivery_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`
      ALTER TABLE "webhook_endpoints"
        DROP COLUMN "updated_at",
        DROP COLUMN "previous_secret_expires_at",
        DROP COLUMN "previous_secret"
    `);
  }
}
