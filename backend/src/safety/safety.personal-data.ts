import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { SafetyEventEntity } from 'src/safety/entities/safety-event.entity';

/** Safety events about the client: a person has the right to see what was flagged and why. */
@Injectable()
export class SafetyPersonalData extends RegisteredPersonalData {
  readonly section = 'safety_events';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(manager, SafetyEventEntity, { userId: subject.id });
  }
}
