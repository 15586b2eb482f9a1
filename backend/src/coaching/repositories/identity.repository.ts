import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import { IdentityEntity, type IdentityNote } from 'src/coaching/entities/identity.entity';

export interface NewIdentity {
  userId: string;
  name: string;
  category: IdentityCategory;
  state: IdentityState;
  notes: IdentityNote[];
  order: number;
}

export type IdentityPatch = Partial<
  Pick<
    IdentityEntity,
    'name' | 'category' | 'state' | 'notes' | 'iAmStatement' | 'visualization' | 'parentId' | 'archivedAt'
  >
>;

/** How many live identities a client may have; far above any real curriculum, it bounds queries. */
export const MAX_LIVE_IDENTITIES = 500;

// Every column of IdentityEntity, aliased to its property; node-pg already parses the jsonb
// notes and turns timestamptz into Date, as TypeORM's hydration does.
const LIST_LIVE_SQL = `
  SELECT id, user_id AS "userId", name, category, state, notes, i_am_statement AS "iAmStatement",
         visualization, sort_order AS "order", parent_id AS "parentId", archived_at AS "archivedAt",
         created_at AS "createdAt", updated_at AS "updatedAt"
  FROM identities
  WHERE user_id = $1 AND archived_at IS NULL
  ORDER BY sort_order ASC, created_at ASC
  LIMIT ${MAX_LIVE_IDENTITIES}`;

const toIdentityEntity = (row: IdentityEntity): IdentityEntity => Object.assign(new IdentityEntity(), row);

@Injectable()
export class IdentityRepository {
  /**
   * The client's live (not archived) identities in their display order. Every coach turn's
   * engine pass reads them: a fixed parameterised statement mapped straight onto entities, as
   * TypeORM's `find` rebuilt the query text and hydrated through its metadata on each call.
   */
  async listLive(db: EntityManager, userId: string): Promise<IdentityEntity[]> {
    const rows = await db.query<IdentityEntity[]>(LIST_LIVE_SQL, [userId]);
    return rows.map(toIdentityEntity);
  }

  /** One of the client's identities, archived or not; null for unknown ids and other clients' ids. */
  findOwned(db: EntityManager, userId: string, id: string): Promise<IdentityEntity | null> {
    return db.getRepository(IdentityEntity).findOne({ where: { id, userId } });
  }

  findLiveOwned(db: EntityManager, userId: string, id: string): Promise<IdentityEntity | null> {
    return db.getRepository(IdentityEntity).findOne({ where: { id, userId, archivedAt: IsNull() } });
  }

  countOwned(db: EntityManager, userId: string, ids: readonly string[]): Promise<number> {
    return db.getRepository(IdentityEntity).count({ where: { userId, id: In([...ids]) } });
  }

  async maxOrder(db: EntityManager, userId: string): Promise<number> {
    const row = await db
      .getRepository(IdentityEntity)
      .createQueryBuilder('identity')
      .select('MAX(identity.sort_order)', 'max')
      .where('identity.user_id = :userId', { userId })
      .getRawOne<{ max: number | null }>();
    return row?.max ?? -1;
  }

  insert(db: EntityManager, values: NewIdentity): Promise<IdentityEntity> {
    const repository = db.getRepository(IdentityEntity);
    return repository.save(
      repository.create({
        ...values,
        iAmStatement: null,
        visualization: null,
        parentId: null,
        archivedAt: null,
      }),
    );
  }

  /** Writes `patch` and mirrors it on the loaded entity, so callers keep one truth in memory. */
  async update(db: EntityManager, identity: IdentityEntity, patch: IdentityPatch): Promise<void> {
    await db.getRepository(IdentityEntity).update({ id: identity.id, userId: identity.userId }, patch);
    Object.assign(identity, patch);
  }

  async archive(db: EntityManager, identity: IdentityEntity, parentId: string | null = null): Promise<void> {
    await this.update(db, identity, {
      state: 'archived',
      archivedAt: new Date(),
      ...(parentId ? { parentId } : {}),
    });
  }

  /** Every live `proposed` identity of the client becomes `accepted` (entering refinement). */
  async acceptAllProposed(db: EntityManager, userId: string): Promise<void> {
    await db
      .getRepository(IdentityEntity)
      .update({ userId, state: 'proposed', archivedAt: IsNull() }, { state: 'accepted' });
  }

  /** Gives `ids` (the client's live identities, in the new order) positions 0…n-1. */
  async setOrder(db: EntityManager, userId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) {
      return;
    }
    await db.query(
      `UPDATE "identities" AS i SET "sort_order" = o.position - 1, "updated_at" = now()
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
       WHERE i."id" = o.id AND i."user_id" = $1`,
      [userId, ids],
    );
  }

  async deleteAllForUser(db: EntityManager, userId: string): Promise<void> {
    await db.getRepository(IdentityEntity).delete({ userId });
  }
}
