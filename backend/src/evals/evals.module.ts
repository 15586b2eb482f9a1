import { Module } from '@nestjs/common';
import { AuditModule } from 'src/audit/audit.module';
import { EvalRunsController } from 'src/evals/eval-runs.controller';
import { EvalRunsService } from 'src/evals/eval-runs.service';

/** Stored evaluation reports (`npm run eval -- --post-to`), listed in the back office. */
@Module({
  imports: [AuditModule],
  controllers: [EvalRunsController],
  providers: [EvalRunsService],
})
export class EvalsModule {}
