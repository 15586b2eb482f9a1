import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { SentinelOperationEntity } from 'src/sentinel/entities/sentinel-operation.entity';

/** How the memory sentinel changed the notes, and why. */
@Injectable()
export class SentinelPersonalData extends RegisteredPersonalData {
  readonly section = 'memory_changes';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(manager, SentinelOperationEntity, { userId: subject.id });
  }
}
