import { ApiProperty } from '@nestjs/swagger';

class ExportSubjectDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;
}

export class PersonalDataExportDto {
  @ApiProperty({ example: 'dev-coach.personal-data-export' })
  format: string;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: ExportSubjectDto })
  subject: ExportSubjectDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'One key per kind of data: profile, sign_in, coaching, memory_notes, memory_changes, model_usage, safety_events, emails, audit_log.',
  })
  sections: Record<string, unknown>;
}
