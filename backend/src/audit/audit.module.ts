import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAuditLogController } from 'src/audit/admin-audit-log.controller';
import { AdminAuditLogService } from 'src/audit/admin-audit-log.service';
import { AuditRepository } from 'src/audit/audit.repository';
import { AuditService } from 'src/audit/audit.service';
import { AuditEventEntity } from 'src/audit/entities/audit-event.entity';
import { AuditPersonalData } from 'src/audit/audit.personal-data';

// Global: security events come from many modules, and recording one must never need a new import.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AdminAuditLogController],
  providers: [AuditRepository, AuditService, AdminAuditLogService, AuditPersonalData],
  exports: [AuditService],
})
export class AuditModule {}
