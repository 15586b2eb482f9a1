import { Module } from '@nestjs/common';
import { AdminTurnsController } from 'src/admin-coaching/admin-turns.controller';
import { AdminTurnsService } from 'src/admin-coaching/admin-turns.service';
import { AuditModule } from 'src/audit/audit.module';
import { CoachingModule } from 'src/coaching/coaching.module';

/**
 * The back office's view of coaching data: read-only lists over the coaching core's staff
 * queries, and the few staff repairs, each through the core's own services and audited.
 */
@Module({
  imports: [CoachingModule, AuditModule],
  controllers: [AdminTurnsController],
  providers: [AdminTurnsService],
})
export class AdminCoachingModule {}
