import { ApiProperty } from '@nestjs/swagger';

export class SessionResponseDto {
  @ApiProperty({ format: 'uuid', example: '0b7e6a7c-1d0f-4f43-9b1f-6f1f3f9f2a10' })
  id: string;

  @ApiProperty({ enum: ['web', 'api'], example: 'web', description: 'Cookie sign-in or /auth/token' })
  client: 'web' | 'api';

  @ApiProperty({ type: String, nullable: true, example: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' })
  userAgent: string | null;

  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' })
  ip: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:40:00.000Z' })
  lastUsedAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-25T09:40:00.000Z' })
  expiresAt: string;

  @ApiProperty({ example: true, description: 'The session making this request' })
  current: boolean;
}
