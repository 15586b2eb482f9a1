import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvents1764100000002 implements MigrationInterface {
  name = 'CreateAuditEvents1764100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // actor_email is copied so the trail still reads after the actor's account is deleted.
    await queryRunner.query(`
      CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "action" varchar(64) NOT NULL,
        "actor_id" uuid,
        "actor_email" varchar(320),
        "target_type" varchar(32),
        "target_id" varchar(64),
        "ip" varchar(64),
        "user_agent" varchar(500),
        "details" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"),
        CONSTRAINT "fk_audit_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_created_at" ON "audit_events" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_action" ON "audit_events" ("action")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("actor_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
