import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  /** Dotted path of the offending field (`items.0.name`), when the problem is tied to one. */
  @ApiPropertyOptional({ example: 'email' })
  field?: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  /**
   * Stable machine-readable code, e.g. `validation_failed`, `invalid_text`, `json_too_deep`,
   * `not_found`, `payload_too_large`, `service_unavailable` (retry after the Retry-After header).
   */
  @ApiProperty({ example: 'validation_failed' })
  code: string;

  @ApiProperty({ example: 'The request body is invalid.' })
  message: string;

  @ApiPropertyOptional({ type: [ErrorDetailDto] })
  details?: ErrorDetailDto[];
}
