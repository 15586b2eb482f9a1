import { randomBytes } from 'node:crypto';
import { ConfigModule } from '@nestjs/config';
import { AuditModule } from 'src/audit/audit.module';
import { authConfig } from 'src/auth/config/auth.config';
import { appConfig } from 'src/config/app.config';
import { emailConfig } from 'src/email/config/email.config';
import { queueConfig } from 'src/queue/queue.config';
import { QueueModule } from 'src/queue/queue.module';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import type { ApplyActionsResult, RawAction } from 'src/coaching/actions/action.types';
import { MODEL_ACTION_TYPES, type ActionType } from 'src/curriculum/actions';
import type { Phase } from 'src/curriculum/phases';
import { CoachingModule } from 'src/coaching/coaching.module';
import { PersonalDataModule } from 'src/common/privacy/personal-data';
import type { Component } from 'src/curriculum/component.types';
import type { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import {
  CoachStateRepository,
  type LockedCoachState,
} from 'src/coaching/repositories/coach-state.repository';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { buildTypeOrmOptions } from 'src/database/typeorm-options';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';

/**
 * The coaching module alone on a fresh, migrated database: no HTTP, no auth, no prompts. Users
 * are plain rows in `users`, so these tests do not depend on the accounts module.
 */
export interface CoachingHarness {
  moduleRef: TestingModule;
  dataSource: DataSource;
  database: TestDatabase;
  engine: ActionEngine;
  close(): Promise<void>;
}

export const startCoachingHarness = async (label: string): Promise<CoachingHarness> => {
  const database = await createTestDatabase(label);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({
        isGlobal: true,
        ignoreEnvFile: true,
        load: [appConfig, queueConfig, authConfig, emailConfig],
      }),
      TypeOrmModule.forRoot(buildTypeOrmOptions(database.url, 6)),
      // Global in the app (app.module.ts): every module with personal data registers a holder;
      // the core publishes webhooks, whose module queues jobs and audits staff changes.
      PersonalDataModule,
      QueueModule,
      AuditModule,
      CoachingModule,
    ],
  }).compile();
  await moduleRef.init();
  return {
    moduleRef,
    dataSource: moduleRef.get(DataSource),
    database,
    engine: moduleRef.get(ActionEngine),
    close: async () => {
      await moduleRef.close();
      await database.drop();
    },
  };
};

export const insertUser = async (
  dataSource: DataSource,
  fields: { firstName?: string; memoryEnabled?: boolean } = {},
): Promise<string> => {
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, first_name, memory_enabled) VALUES ($1, $2, $3) RETURNING id`,
    [
      `client-${randomBytes(6).toString('hex')}@example.test`,
      fields.firstName ?? 'Ada',
      fields.memoryEnabled ?? true,
    ],
  );
  return rows[0]?.id ?? '';
};

/** Every action the model may take: tests that are not about phase rules allow them all. */
export const ALL_MODEL_ACTIONS: readonly ActionType[] = MODEL_ACTION_TYPES;

export const asModel = (
  engine: ActionEngine,
  userId: string,
  actions: RawAction[],
  allowedActions: readonly ActionType[] = ALL_MODEL_ACTIONS,
): Promise<ApplyActionsResult> =>
  engine.applyInTransaction({ userId, actions, origin: { source: 'model', allowedActions } });

export const asStaff = (
  engine: ActionEngine,
  userId: string,
  actions: RawAction[],
): Promise<ApplyActionsResult> => engine.applyInTransaction({ userId, actions, origin: { source: 'staff' } });

export const asButton = (
  engine: ActionEngine,
  userId: string,
  actions: RawAction[],
): Promise<ApplyActionsResult> =>
  engine.applyInTransaction({ userId, actions, origin: { source: 'button' } });

/** Puts a client at `phase` directly (as a test scenario would), creating the state if needed. */
/**
 * The client's coach state, created if missing and row-locked in `db`, as every writer locks it
 * before a button press or a list of actions.
 */
export const lockState = (db: EntityManager, userId: string): Promise<LockedCoachState> =>
  new CoachStateRepository().lockForUser(db, userId);

export const placeAt = async (dataSource: DataSource, userId: string, phase: Phase): Promise<void> => {
  await dataSource.transaction(async (db) => {
    const state = await lockState(db, userId);
    await db.getRepository(CoachStateEntity).update({ id: state.id }, { currentPhase: phase });
  });
};

export const stateOf = async (dataSource: DataSource, userId: string): Promise<CoachStateEntity> =>
  dataSource.getRepository(CoachStateEntity).findOneOrFail({ where: { userId } });

export const identitiesOf = (dataSource: DataSource, userId: string): Promise<IdentityEntity[]> =>
  dataSource.getRepository(IdentityEntity).find({ where: { userId }, order: { order: 'ASC' } });

export const identityNamed = async (
  dataSource: DataSource,
  userId: string,
  name: string,
): Promise<IdentityEntity> =>
  dataSource.getRepository(IdentityEntity).findOneOrFail({ where: { userId, name } });

/** Inserts identities directly (fixtures), oldest first, in the given states. */
export const seedIdentities = async (
  dataSource: DataSource,
  userId: string,
  items: { name: string; category?: IdentityCategory; state?: IdentityState; notes?: string[] }[],
): Promise<IdentityEntity[]> => {
  const repository = dataSource.getRepository(IdentityEntity);
  const created: IdentityEntity[] = [];
  for (const [index, item] of items.entries()) {
    created.push(
      await repository.save(
        repository.create({
          userId,
          name: item.name,
          category: item.category ?? 'passions_and_talents',
          state: item.state ?? 'proposed',
          notes: (item.notes ?? []).map((text) => ({
            text,
            createdAt: new Date().toISOString(),
            provenance: null,
          })),
          order: index,
          iAmStatement: null,
          visualization: null,
          parentId: null,
          archivedAt: item.state === 'archived' ? new Date() : null,
        }),
      ),
    );
  }
  return created;
};

/** Stores a coach message showing `component`, as the turn pipeline does with a reply's card. */
export const postCoachCard = (
  db: EntityManager,
  userId: string,
  component: Component | null,
  content = 'Coach reply',
): Promise<ChatMessageEntity> =>
  new ChatMessageRepository().insert(db, { userId, role: 'coach', content, component });

export const countRows = async (dataSource: DataSource, table: string, userId: string): Promise<number> => {
  const rows = await dataSource.query<{ count: string }[]>(
    `SELECT count(*)::text AS count FROM ${table} WHERE user_id = $1`,
    [userId],
  );
  return Number(rows[0]?.count ?? 0);
};
