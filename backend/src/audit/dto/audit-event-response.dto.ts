import { ApiProperty } from '@nestjs/swagger';

export class AuditEventResponseDto {
  @ApiProperty({ format: 'uuid', example: '6c1f0f0e-5b1e-4c5e-8a53-1d8d7b1e9f00' })
  id: string;

  @ApiProperty({ example: 'login.failed' })
  action: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  })
  actorId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'ann@example.com' })
  actorEmail: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'user' })
  targetType: string | null;

  @ApiProperty({ type: String, nullable: true, example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  targetId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Mozilla/5.0' })
  userAgent: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { from: 'user', to: 'staff' } })
  details: Record<string, unknown>;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}
