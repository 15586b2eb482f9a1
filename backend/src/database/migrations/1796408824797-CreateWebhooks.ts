import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1796408824797 implements MigrationInterface {
  name = 'CreateWebhooks1796408824797';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "webhook_endpoints" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "url" varchar(2048) NOT NULL,
        "events" text[] NOT NULL,
        "secret" varchar(128) NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "consecutive_failures" integer NOT NULL DEFAULT 0,
        "disabled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_webhook_endpoints" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "webhook_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "endpoint_id" uuid NOT NULL,
        "event_type" varchar(64) NOT NULL,
        "event_id" uuid NOT NULL,
        "payload" jsonb NOT NULL,
        "attempt" integer NOT NULL DEFAULT 0,
        "status" varchar(20) NOT NULL DEFAULT 'pending',
        "last_status_code" integer,
        "last_error" text,
        "next_attempt_at" timestamptz,
        "delivered_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "fk_webhook_deliveries_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE,
        CONSTRAINT "ck_webhook_deliveries_status" CHECK ("status" IN ('pending', 'delivered', 'failed')),
        CONSTRAINT "uq_webhook_deliveries_event" UNIQUE ("endpoint_id", "event_type", "event_id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_endpoint_created" ON "webhook_deliveries" ("endpoint_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
  }
}
