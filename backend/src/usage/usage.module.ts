import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmCallEntity } from 'src/usage/entities/llm-call.entity';
import { LlmCallsRepository } from 'src/usage/llm-calls.repository';
import { UsageService } from 'src/usage/usage.service';
import { UsagePersonalData } from 'src/usage/usage.personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([LlmCallEntity])],
  providers: [LlmCallsRepository, UsageService, UsagePersonalData],
  exports: [UsageService],
})
export class UsageModule {}
