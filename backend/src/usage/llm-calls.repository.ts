import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LlmCallEntity } from 'src/usage/entities/llm-call.entity';

export type NewLlmCall = Omit<LlmCallEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class LlmCallsRepository {
  constructor(@InjectRepository(LlmCallEntity) private readonly calls: Repository<LlmCallEntity>) {}

  async insert(call: NewLlmCall): Promise<LlmCallEntity> {
    return this.calls.save(this.calls.create(call));
  }

  /** Newest first; for staff views and tests. */
  findRecentByUser(userId: string, limit: number): Promise<LlmCallEntity[]> {
    return this.calls.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
