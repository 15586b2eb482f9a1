import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import type { StaffPageRequest, StaffPageResult } from 'src/coaching/staff/coaching-staff.queries';
import { TestScenarioEntity } from 'src/test-scenarios/entities/test-scenario.entity';
import { TestUserEntity } from 'src/test-scenarios/entities/test-user.entity';

export type NewTestScenario = Pick<
  TestScenarioEntity,
  'name' | 'description' | 'profile' | 'template' | 'createdById'
>;

export type TestScenarioSort = 'name' | 'createdAt' | 'updatedAt';

export interface TestScenarioFilter {
  ids?: string[];
  /** Part of the name, case-insensitive. */
  search?: string;
  /** The scenario this test user was made from. */
  testUserId?: string;
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** The only code that queries `test_scenarios` and `test_users`. */
@Injectable()
export class TestScenariosRepository {
  constructor(private readonly dataSource: DataSource) {}

  private scenarios(db: EntityManager = this.dataSource.manager) {
    return db.getRepository(TestScenarioEntity);
  }

  private testUsers(db: EntityManager = this.dataSource.manager) {
    return db.getRepository(TestUserEntity);
  }

  list(
    filter: TestScenarioFilter,
    page: StaffPageRequest<TestScenarioSort>,
  ): Promise<StaffPageResult<TestScenarioEntity>> {
    const query = this.scenarios().createQueryBuilder('scenario');
    if (filter.ids) {
      query.andWhere('scenario.id IN (:...ids)', { ids: filter.ids.length > 0 ? filter.ids : [null] });
    }
    if (filter.testUserId) {
      query.andWhere(
        'scenario.id IN (SELECT test_user.scenario_id FROM test_users test_user WHERE test_user.user_id = :testUserId)',
        { testUserId: filter.testUserId },
      );
    }
    if (filter.search) {
      query.andWhere(`scenario.name ILIKE :search ESCAPE '\\'`, {
        search: `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    return query
      .orderBy(`scenario.${page.sortField}`, page.sortOrder)
      .addOrderBy('scenario.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
  }

  find(id: string): Promise<TestScenarioEntity | null> {
    return this.scenarios().findOne({ where: { id } });
  }

  /** Null when the name is taken (the unique index decides, so two creates cannot both win). */
  async insert(values: NewTestScenario): Promise<TestScenarioEntity | null> {
    try {
      return await this.scenarios().save(this.scenarios().create(values));
    } catch (error) {
      if (isUniqueViolation(error)) {
        return null;
      }
      throw error;
    }
  }

  /** False when the new name is taken. */
  async update(id: string, patch: Omit<NewTestScenario, 'createdById'>): Promise<boolean> {
    try {
      await this.scenarios().update({ id }, patch);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) {
        return false;
      }
      throw error;
    }
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.scenarios().delete({ id });
    return (result.affected ?? 0) > 0;
  }

  findTestUser(userId: string): Promise<TestUserEntity | null> {
    return this.testUsers().findOne({ where: { userId } });
  }

  /** Test users of these scenarios, newest first. */
  listTestUsers(scenarioIds: readonly string[]): Promise<TestUserEntity[]> {
    if (scenarioIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.testUsers().find({
      where: { scenarioId: In([...scenarioIds]) },
      order: { createdAt: 'DESC' },
    });
  }

  async flagTestUser(
    db: EntityManager,
    values: Pick<TestUserEntity, 'userId' | 'scenarioId' | 'createdById'>,
  ): Promise<void> {
    await this.testUsers(db).insert({ ...values, resetAt: new Date() });
  }

  async markReset(userId: string): Promise<void> {
    await this.testUsers().update({ userId }, { resetAt: new Date() });
  }
}
