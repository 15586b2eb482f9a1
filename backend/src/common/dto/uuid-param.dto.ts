import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

// Path ids are checked before any query runs: "abc" is a 400, never a database error.
export class UuidParamDto {
  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  @IsUUID('all')
  id: string;
}
