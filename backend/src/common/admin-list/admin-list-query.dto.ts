import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

// The react-admin "simple REST" query convention, so ra-data-simple-rest works unchanged:
// ?sort=["email","ASC"]&range=[0,24]&filter={"q":"ann","role":"staff"}
export class AdminListQueryDto {
  // No `example` on sort and filter: Swagger UI pre-fills examples in "Try it out", and the
  // sortable fields and filters differ per list (usage has no createdAt), so one example would
  // make some lists answer 400 until the integrator cleared it.
  @ApiPropertyOptional({
    description:
      'JSON `[field, "ASC" | "DESC"]`, e.g. `["createdAt","DESC"]`; the fields each list sorts by are in its description',
  })
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
    description: 'JSON object of filters, e.g. `{"q":"ann"}`; `q` is free-text search where the list has it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  filter?: string;
}
