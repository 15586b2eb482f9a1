import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { RecoveryCodeEntity } from 'src/auth/entities/recovery-code.entity';

@Injectable()
export class RecoveryCodesRepository {
  constructor(@InjectRepository(RecoveryCodeEntity) private readonly codes: Repository<RecoveryCodeEntity>) {}

  async replaceAll(userId: string, codeHashes: string[], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(RecoveryCodeEntity);
    await repo.delete({ userId });
    await repo.insert(codeHashes.map((codeHash) => ({ userId, codeHash })));
  }

  async deleteAll(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(RecoveryCodeEntity) : this.codes).delete({ userId });
  }

  /** Single use, atomically: two sign-ins racing with one code cannot both succeed. */
  async consume(userId: string, codeHash: string): Promise<boolean> {
    const result = await this.codes.update({ userId, codeHash, usedAt: IsNull() }, { usedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  countUnused(userId: string): Promise<number> {
    return this.codes.count({ where: { userId, usedAt: IsNull() } });
  }
}
