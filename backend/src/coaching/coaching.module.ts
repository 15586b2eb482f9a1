import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ActionEngine } from 'src/coaching/actions/action-engine.service';
import { ACTION_HANDLER_PROVIDERS } from 'src/coaching/actions/action-handlers';
import { ButtonPressService } from 'src/coaching/buttons/button-press.service';
import { CoachCatalogService } from 'src/coaching/coach-catalog.service';
import { CoachController } from 'src/coaching/coach.controller';
import { coachingConfig } from 'src/coaching/config/coaching.config';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import { PromptContextRegistration } from 'src/coaching/context/prompt-context-registration';
import { USER_NOTES_SOURCE } from 'src/notes/user-notes.source';
import { IdentitiesController } from 'src/coaching/identities/identities.controller';
import { IAmDocumentService } from 'src/coaching/identities/i-am-document.service';
import { IdentityPictures } from 'src/coaching/identities/identity-pictures';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { MessagesService } from 'src/coaching/messages/messages.service';
import { ActionLogRepository } from 'src/coaching/repositories/action-log.repository';
import { BreakRepository } from 'src/coaching/repositories/break.repository';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { ClientProfileRepository } from 'src/coaching/repositories/client-profile.repository';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { SessionVideoRepository } from 'src/coaching/repositories/session-video.repository';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { CoachingResetService } from 'src/coaching/reset/coaching-reset.service';
import { CoachingSnapshotService } from 'src/coaching/snapshot/coaching-snapshot.service';
import { LostTurnsNotifier } from 'src/coaching/turns/lost-turns.notifier';
import { CoachingStaffQueries } from 'src/coaching/staff/coaching-staff.queries';
import { TranscriptRetentionService } from 'src/coaching/retention/transcript-retention.service';
import { CoachStarter } from 'src/coaching/state/coach-starter.service';
import { CoachStateService } from 'src/coaching/state/coach-state.service';
import { PlaceholderVideoRoute } from 'src/coaching/videos/placeholder-video.route';
import { VideoCatalogService } from 'src/coaching/videos/video-catalog.service';
import { NotesModule } from 'src/notes/notes.module';
import { UserNotesRepository } from 'src/notes/user-notes.repository';
import { UsersModule } from 'src/users/users.module';
import { CoachingPersonalData } from 'src/coaching/coaching.personal-data';
import { WebhooksModule } from 'src/webhooks/webhooks.module';

const REPOSITORIES = [
  ActionLogRepository,
  BreakRepository,
  ChatMessageRepository,
  ClientProfileRepository,
  CoachStateRepository,
  IdentityRepository,
  SessionVideoRepository,
  TurnRepository,
];

// The coaching domain core: data model, action engine, read services and the prompt context.
// The turn pipeline (CoachTurnsModule) builds on the services exported here.
@Module({
  imports: [ConfigModule.forFeature(coachingConfig), NotesModule, UsersModule, WebhooksModule],
  controllers: [CoachController, IdentitiesController],
  providers: [
    CoachingPersonalData,
    ...REPOSITORIES,
    ...ACTION_HANDLER_PROVIDERS,
    // The sentinel's notes table; the context leaves notes out when memory is off.
    { provide: USER_NOTES_SOURCE, useExisting: UserNotesRepository },
    ActionEngine,
    ButtonPressService,
    CoachCatalogService,
    CoachingContextService,
    CoachingResetService,
    CoachingSnapshotService,
    CoachingStaffQueries,
    CoachStarter,
    CoachStateService,
    IdentitiesService,
    IAmDocumentService,
    IdentityPictures,
    LostTurnsNotifier,
    MessagesService,
    PlaceholderVideoRoute,
    PromptContextRegistration,
    TranscriptRetentionService,
    VideoCatalogService,
  ],
  exports: [
    ActionEngine,
    ButtonPressService,
    CoachCatalogService,
    CoachingContextService,
    CoachingResetService,
    // Test scenarios (TestScenariosModule) freeze and restore a client's data with it.
    CoachingSnapshotService,
    // Read-only lists for the back office (AdminCoachingModule).
    CoachingStaffQueries,
    CoachStarter,
    CoachStateService,
    IdentitiesService,
    // The studio (above coaching) registers the source of identities' pictures for the PDF.
    IdentityPictures,
    LostTurnsNotifier,
    MessagesService,
    // The safety events register their text with the transcript sweep (SafetyRetentionRegistration).
    TranscriptRetentionService,
    VideoCatalogService,
    // The catalogue's staff edits (AdminVideosService).
    SessionVideoRepository,
    ChatMessageRepository,
    ActionLogRepository,
    TurnRepository,
    // For the turn pipeline (CoachTurnsModule), which takes the same state lock as the core.
    CoachStateRepository,
    BreakRepository,
  ],
})
export class CoachingModule {}
