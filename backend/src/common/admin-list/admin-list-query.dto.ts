import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

// The react-admin "simple REST" query convention, so ra-data-simple-rest works unchanged:
// ?sort=["email","ASC"]&range=[0,24]&filter={"q":"ann","role":"staff"}
export class AdminListQueryDto {
  @ApiPropertyOptional({ description: 'JSON `[field, "ASC" | "DESC"]`', example: '["createdAt","DESC"]' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sort?: string;

  @ApiPropertyOptional({ description: 'JSON `[first, last]`, inclusive, zero-based', example: '[0,24]' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  range?: string;

  @ApiPropertyOptional({
    description: 'JSON object of filters; `q` is free-text search',
    example: '{"q":"ann"}',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  filter?: string;
}
