import { ApiProperty } from '@nestjs/swagger';
import { EmailStatus } from 'src/email/entities/email-outbox.entity';
import { EmailTemplate } from 'src/email/templates/email-templates';

export class EmailSummaryDto {
  @ApiProperty({ format: 'uuid', example: 'c5a1e9d2-7f3b-4a8e-b1d6-2f9e0a4c8b71' })
  id: string;

  @ApiProperty({ example: 'ann@example.com' })
  toAddress: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  })
  userId: string | null;

  @ApiProperty({ enum: EmailTemplate, enumName: 'EmailTemplate', example: EmailTemplate.Invite })
  template: string;

  @ApiProperty({ example: 'You are invited to Dev Coach' })
  subject: string;

  @ApiProperty({ enum: EmailStatus, enumName: 'EmailStatus', example: EmailStatus.Sent })
  status: EmailStatus;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, example: null })
  lastError: string | null;

  @ApiProperty({ type: String, nullable: true, example: '0100018f-…-000000' })
  providerMessageId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-25T09:00:03.000Z' })
  sentAt: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:03.000Z' })
  updatedAt: string;
}

export class EmailDetailDto extends EmailSummaryDto {
  @ApiProperty({ description: 'Rendered HTML; one-time links are masked', example: '<!doctype html>…' })
  html: string;

  @ApiProperty({ description: 'Plain-text part; one-time links are masked', example: 'Hello, …' })
  text: string;
}
