import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { UserNoteEntity } from 'src/notes/entities/user-note.entity';

/** What the coach remembers, including notes the client deleted but the store still keeps. */
@Injectable()
export class NotesPersonalData extends RegisteredPersonalData {
  readonly section = 'memory_notes';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(manager, UserNoteEntity, { userId: subject.id });
  }
}
