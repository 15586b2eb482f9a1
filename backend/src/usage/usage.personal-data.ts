import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { LlmCallEntity } from 'src/usage/entities/llm-call.entity';

/**
 * Model calls made for the client. On erasure the foreign key sets `user_id` to null: the rows
 * hold no content, only tokens and cost, and the service keeps its cost records.
 */
@Injectable()
export class UsagePersonalData extends RegisteredPersonalData {
  readonly section = 'model_usage';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(manager, LlmCallEntity, { userId: subject.id });
  }
}
