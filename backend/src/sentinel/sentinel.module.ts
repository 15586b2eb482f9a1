import { Module } from '@nestjs/common';
import { AiModule } from 'src/ai/ai.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { PromptsModule } from 'src/prompts/prompts.module';
import { NotesController } from 'src/notes/notes.controller';
import { NotesService } from 'src/notes/notes.service';
import { NotesModule } from 'src/notes/notes.module';
import { SentinelScheduler } from 'src/sentinel/sentinel-scheduler.service';
import { SentinelJob } from 'src/sentinel/sentinel.job';
import { SentinelService } from 'src/sentinel/sentinel.service';
import { SentinelPersonalData } from 'src/sentinel/sentinel.personal-data';

// Long-term memory: the debounced sentinel.extract job, its model call and the client's notes
// routes. The turn pipeline schedules runs through the exported SentinelScheduler.
@Module({
  imports: [NotesModule, CoachingModule, PromptsModule, AiModule],
  controllers: [NotesController],
  providers: [NotesService, SentinelScheduler, SentinelService, SentinelJob, SentinelPersonalData],
  exports: [SentinelScheduler, SentinelService],
})
export class SentinelModule {}
