import { Module } from '@nestjs/common';
import { UserNotesRepository } from 'src/notes/user-notes.repository';
import { UsersModule } from 'src/users/users.module';
import { NotesPersonalData } from 'src/notes/notes.personal-data';

// Just the notes store, so the coaching core can read notes for prompts without depending on
// the sentinel's job, model calls and routes (SentinelModule, which builds on the core).
@Module({
  imports: [UsersModule],
  providers: [UserNotesRepository, NotesPersonalData],
  exports: [UserNotesRepository],
})
export class NotesModule {}
