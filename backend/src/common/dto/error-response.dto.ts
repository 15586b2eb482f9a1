import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  /** Name of the offending field, when the problem is tied to one. */
  @ApiPropertyOptional({ example: 'email' })
  field?: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  /** Stable machine-readable code, e.g. `validation_failed`, `not_found`. */
  @ApiProperty({ example: 'validation_failed' })
  code: string;

  @ApiProperty({ example: 'The request body is invalid.' })
  message: string;

  @ApiPropertyOptional({ type: [ErrorDetailDto] })
  details?: ErrorDetailDto[];
}
