import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NoteResponseDto } from 'src/notes/dto/note.dto';
import type { UserNoteEntity } from 'src/notes/entities/user-note.entity';
import { NotesException } from 'src/notes/notes.exception';
import { UserNotesRepository } from 'src/notes/user-notes.repository';

const toResponse = (note: UserNoteEntity): NoteResponseDto => ({
  id: note.id,
  text: note.text,
  editedByUser: note.editedByUser,
  createdAt: note.createdAt.toISOString(),
  updatedAt: note.updatedAt.toISOString(),
});

/** The client's own view of their notes: always scoped to the caller. */
@Injectable()
export class NotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: UserNotesRepository,
  ) {}

  async list(userId: string): Promise<NoteResponseDto[]> {
    return (await this.notes.listLive(this.dataSource.manager, userId)).map(toResponse);
  }

  update(userId: string, id: string, text: string): Promise<NoteResponseDto> {
    return this.dataSource.transaction(async (db) => {
      const note = await this.notes.findLiveForUpdate(db, userId, id);
      if (!note) {
        throw NotesException.noteNotFound();
      }
      note.text = text;
      note.editedByUser = true;
      return toResponse(await this.notes.save(db, note));
    });
  }

  async remove(userId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const note = await this.notes.findLiveForUpdate(db, userId, id);
      if (!note) {
        throw NotesException.noteNotFound();
      }
      await this.notes.softDelete(db, note.id);
    });
  }
}
