import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';
import { ACTION_LIMITS } from 'src/coaching/actions/action-shape.validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class NoteProvenanceDto {
  @ApiProperty({ enum: ['nest', 'combine'], example: 'nest' })
  via: 'nest' | 'combine';

  @ApiProperty({ format: 'uuid', example: '5d1c2b9e-6a4f-4f0e-9a51-1c7f0c3e2b44' })
  identityId: string;

  @ApiProperty({
    example: 'Runner',
    description: 'The identity the note was first written on, as it was named then',
  })
  identityName: string;
}

export class IdentityNoteDto {
  @ApiProperty({ example: 'Runs 5 km every Sunday' })
  text: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({
    type: NoteProvenanceDto,
    nullable: true,
    description: 'Set when nesting or combining copied the note',
  })
  provenance: NoteProvenanceDto | null;
}

export class IdentityResponseDto {
  @ApiProperty({ format: 'uuid', example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13' })
  id: string;

  @ApiProperty({ example: 'Athlete' })
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'physical_expression' })
  category: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_STATES, example: 'accepted' })
  state: IdentityState;

  @ApiProperty({ type: [IdentityNoteDto] })
  notes: IdentityNoteDto[];

  @ApiProperty({ type: String, nullable: true, example: 'I am an athlete who trains with joy.' })
  iAmStatement: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  visualization: string | null;

  @ApiProperty({ example: 0, description: 'Position in the client’s list' })
  order: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  parentId: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:40:00.000Z' })
  updatedAt: string;
}

export class CreateIdentityDto {
  @ApiProperty({ example: 'Athlete', minLength: 1, maxLength: ACTION_LIMITS.nameLength })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(ACTION_LIMITS.nameLength)
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'physical_expression' })
  @IsIn(IDENTITY_CATEGORIES)
  category: IdentityCategory;

  @ApiPropertyOptional({ example: 'Trains three times a week', maxLength: ACTION_LIMITS.noteLength })
  @IsOptional()
  @IsString()
  @MaxLength(ACTION_LIMITS.noteLength)
  note?: string;
}

export class UpdateIdentityDto {
  @ApiPropertyOptional({ example: 'Trail runner', minLength: 1, maxLength: ACTION_LIMITS.nameLength })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(ACTION_LIMITS.nameLength)
  name?: string;

  @ApiPropertyOptional({ enum: IDENTITY_CATEGORIES, example: 'physical_expression' })
  @IsOptional()
  @IsIn(IDENTITY_CATEGORIES)
  category?: IdentityCategory;

  @ApiPropertyOptional({
    type: [String],
    example: ['Runs 5 km every Sunday'],
    description: 'Replaces the notes; unchanged texts keep their date and provenance',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(ACTION_LIMITS.noteLength, { each: true })
  notes?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'I am a trail runner.',
    maxLength: ACTION_LIMITS.statementLength,
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(ACTION_LIMITS.statementLength)
  iAmStatement?: string | null;
}

export class ReorderIdentitiesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13', '5d1c2b9e-6a4f-4f0e-9a51-1c7f0c3e2b44'],
    description: 'Every one of your current identities, in the new order',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids: string[];
}
