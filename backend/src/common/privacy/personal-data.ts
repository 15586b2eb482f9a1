import { createHash } from 'node:crypto';
import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** The person whose data is exported or erased. */
export interface DataSubject {
  id: string;
  email: string;
}

/**
 * A module's share of a person's data. Each feature module that stores personal data registers
 * one holder at start-up, so the export and the erasure reach every table without a central
 * service that knows (and must import) every module — the layer rule forbids that anyway.
 *
 * `erase` runs inside the erasure transaction, before the `users` row is deleted. Rows that hang
 * off `users` with ON DELETE CASCADE need no `erase`; it is for what the cascade cannot reach:
 * rows keyed by email, and rows kept for the service's records that must lose their link to the
 * person (pseudonymised rather than deleted).
 */
export interface PersonalDataHolder {
  /** The key of this holder's section in the export archive. */
  readonly section: string;
  export(subject: DataSubject, manager: EntityManager): Promise<unknown>;
  erase?(subject: DataSubject, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly holders = new Map<string, PersonalDataHolder>();

  register(holder: PersonalDataHolder): void {
    if (this.holders.has(holder.section)) {
      throw new Error(`Two personal-data holders claim the export section "${holder.section}".`);
    }
    this.holders.set(holder.section, holder);
  }

  sections(): string[] {
    return [...this.holders.keys()].sort();
  }

  /** Every section, in a stable order, read in one transaction so the archive is consistent. */
  async exportAll(subject: DataSubject, manager: EntityManager): Promise<Record<string, unknown>> {
    const archive: Record<string, unknown> = {};
    for (const section of this.sections()) {
      archive[section] = await this.holders.get(section)!.export(subject, manager);
    }
    return archive;
  }

  async eraseAll(subject: DataSubject, manager: EntityManager): Promise<void> {
    for (const section of this.sections()) {
      await this.holders.get(section)!.erase?.(subject, manager);
    }
  }
}

/** Global so that any feature module can register its holder without importing a feature. */
@Global()
@Module({ providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}

/**
 * A stable stand-in for an erased person's id in records kept after erasure (the audit log):
 * entries about the same person still group together, but nothing leads back to them.
 */
export const pseudonymFor = (subjectId: string): string =>
  `erased-${createHash('sha256').update(subjectId).digest('hex').slice(0, 16)}`;

/**
 * A holder that registers itself when its module starts. Subclasses declare no constructor:
 * they work through the transaction's `EntityManager`, so they need no injected repository.
 */
@Injectable()
export abstract class RegisteredPersonalData implements PersonalDataHolder, OnModuleInit {
  abstract readonly section: string;

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  abstract export(subject: DataSubject, manager: EntityManager): Promise<unknown>;
}

/**
 * A person's rows of one table for the archive, oldest first, without the columns that are
 * secrets or internal plumbing (hashes, key material) rather than information about them.
 */
export const exportRows = async <T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T> | FindOptionsWhere<T>[],
  omit: readonly (keyof T)[] = [],
): Promise<Partial<T>[]> => {
  const repository = manager.getRepository(entity);
  // TypeORM cannot type an order on a column the generic T is not known to have; the metadata
  // check is what makes it safe.
  const ordered = repository.metadata.findColumnWithPropertyName('createdAt')
    ? ({ createdAt: 'ASC' } as unknown as FindOptionsOrder<T>)
    : undefined;
  const rows = await repository.find({ where, order: ordered });
  return rows.map((row) => {
    const copy: Partial<T> = { ...row };
    for (const key of omit) {
      delete copy[key];
    }
    return copy;
  });
};
