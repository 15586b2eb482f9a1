import { Module } from '@nestjs/common';
import { AuditModule } from 'src/audit/audit.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { AdminTestScenariosController } from 'src/test-scenarios/admin-test-scenarios.controller';
import { TestScenariosRepository } from 'src/test-scenarios/test-scenarios.repository';
import { TestScenariosService } from 'src/test-scenarios/test-scenarios.service';
import { TestUsersService } from 'src/test-scenarios/test-users.service';
import { UsersModule } from 'src/users/users.module';

/**
 * Test scenarios and the test users made from them (docs/test-scenarios.md). A feature on the
 * coaching core: it writes a client's data only through `CoachingSnapshotService`. The turn
 * pipeline imports it to let staff chat as a test user, and asks `TestUsersService` first.
 */
@Module({
  imports: [CoachingModule, UsersModule, AuditModule],
  controllers: [AdminTestScenariosController],
  providers: [TestScenariosRepository, TestScenariosService, TestUsersService],
  exports: [TestUsersService],
})
export class TestScenariosModule {}
