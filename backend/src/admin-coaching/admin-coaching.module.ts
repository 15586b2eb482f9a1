import { Module } from '@nestjs/common';
import {
  AdminActionsController,
  AdminBreaksController,
  AdminMessagesController,
  AdminNotesController,
} from 'src/admin-coaching/admin-coaching-records.controller';
import { AdminCoachStatesController } from 'src/admin-coaching/admin-coach-states.controller';
import { AdminCoachStatesService } from 'src/admin-coaching/admin-coach-states.service';
import { AdminDashboardController } from 'src/admin-coaching/admin-dashboard.controller';
import { AdminDashboardService } from 'src/admin-coaching/admin-dashboard.service';
import { AdminIdentitiesController } from 'src/admin-coaching/admin-identities.controller';
import { AdminIdentitiesService } from 'src/admin-coaching/admin-identities.service';
import {
  AdminActionsReader,
  AdminBreaksReader,
  AdminMessagesReader,
  AdminNotesReader,
} from 'src/admin-coaching/admin-records.service';
import { AdminTurnsController } from 'src/admin-coaching/admin-turns.controller';
import { AdminTurnsService } from 'src/admin-coaching/admin-turns.service';
import { AdminUsageController } from 'src/admin-coaching/admin-usage.controller';
import { AdminUsageService } from 'src/admin-coaching/admin-usage.service';
import { AdminVideosController } from 'src/admin-coaching/admin-videos.controller';
import { AdminVideosService } from 'src/admin-coaching/admin-videos.service';
import { StaffActionsService } from 'src/admin-coaching/staff-actions.service';
import { AuditModule } from 'src/audit/audit.module';
import { AuthModule } from 'src/auth/auth.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { NotesModule } from 'src/notes/notes.module';
import { SafetyModule } from 'src/safety/safety.module';
import { UsageModule } from 'src/usage/usage.module';

/**
 * The back office's view of coaching data: read-only lists over the coaching core's staff
 * queries, and the few staff repairs, each through the core's own services and audited.
 */
@Module({
  imports: [CoachingModule, NotesModule, UsageModule, SafetyModule, AuthModule, AuditModule],
  controllers: [
    AdminTurnsController,
    AdminMessagesController,
    AdminIdentitiesController,
    AdminCoachStatesController,
    AdminActionsController,
    AdminNotesController,
    AdminBreaksController,
    AdminUsageController,
    AdminDashboardController,
    AdminVideosController,
  ],
  providers: [
    AdminTurnsService,
    AdminMessagesReader,
    AdminIdentitiesService,
    AdminCoachStatesService,
    AdminActionsReader,
    AdminNotesReader,
    AdminBreaksReader,
    StaffActionsService,
    AdminUsageService,
    AdminDashboardService,
    AdminVideosService,
  ],
})
export class AdminCoachingModule {}
