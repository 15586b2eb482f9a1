import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AiModule } from 'src/ai/ai.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { CoachTurnsModule } from 'src/coach-turns/coach-turns.module';
import { PromptsModule } from 'src/prompts/prompts.module';
import { StorageModule } from 'src/storage/storage.module';
import { AdminStudioController } from 'src/studio/admin-studio.controller';
import { AdminStudioService } from 'src/studio/admin-studio.service';
import { studioConfig } from 'src/studio/config/studio.config';
import { DraftEventsService } from 'src/studio/draft-events.service';
import { DraftRunner } from 'src/studio/draft-runner.service';
import { DraftStreamService } from 'src/studio/draft-stream.service';
import { DraftsService } from 'src/studio/drafts.service';
import { IdentityImageController } from 'src/studio/identity-image.controller';
import { IdentityPicturesRegistration } from 'src/studio/identity-pictures.registration';
import { GenerateImageJob } from 'src/studio/jobs/generate-image.job';
import { ReferencesService } from 'src/studio/references.service';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioFilesService } from 'src/studio/studio-files.service';
import { StudioGateService } from 'src/studio/studio-gate.service';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';
import { StudioResetRegistration } from 'src/studio/studio-reset.registration';
import { StudioPromptService } from 'src/studio/studio-prompt.service';
import { StudioController } from 'src/studio/studio.controller';
import { StudioPersonalData } from 'src/studio/studio.personal-data';
import { StudioService } from 'src/studio/studio.service';
import { UsersModule } from 'src/users/users.module';

// The visualization studio (docs/studio.md): on top beside the turn pipeline, whose event bus
// carries a draft's progress; it reads identities from the coaching core, calls ai/'s
// ImageService and keeps files in object storage.
@Module({
  imports: [
    ConfigModule.forFeature(studioConfig),
    AiModule,
    CoachingModule,
    CoachTurnsModule,
    PromptsModule,
    StorageModule,
    UsersModule,
  ],
  controllers: [StudioController, IdentityImageController, AdminStudioController],
  providers: [
    AdminStudioService,
    DraftEventsService,
    DraftRunner,
    DraftStreamService,
    DraftsService,
    GenerateImageJob,
    IdentityPicturesRegistration,
    ReferencesService,
    StudioDraftsRepository,
    StudioFilesService,
    StudioGateService,
    StudioPersonalData,
    StudioProfileRepository,
    StudioPromptService,
    StudioResetRegistration,
    StudioService,
  ],
})
export class StudioModule {}
