import { Module } from '@nestjs/common';
import { AdminJobsController } from 'src/admin-jobs/admin-jobs.controller';
import { AdminJobsService } from 'src/admin-jobs/admin-jobs.service';
import { AuditModule } from 'src/audit/audit.module';

/** The job queues in the back office: counts, failed jobs, retry. QueueModule is global. */
@Module({
  imports: [AuditModule],
  controllers: [AdminJobsController],
  providers: [AdminJobsService],
})
export class AdminJobsModule {}
