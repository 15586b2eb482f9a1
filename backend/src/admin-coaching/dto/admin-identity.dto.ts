import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';

/** States staff may move an identity to; each is the engine action a client's coach would use. */
export const STAFF_IDENTITY_STATES = [
  'refinement_complete',
  'commitment_complete',
  'i_am_complete',
  'archived',
] as const satisfies readonly IdentityState[];
export type StaffIdentityState = (typeof STAFF_IDENTITY_STATES)[number];

export class AdminIdentityNoteDto {
  @ApiProperty()
  text: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The identity a nest or combine copied it from.',
  })
  copiedFrom: string | null;
}

export class AdminIdentityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'Runner' })
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory' })
  category: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_STATES, enumName: 'IdentityState' })
  state: IdentityState;

  @ApiProperty({ type: [AdminIdentityNoteDto] })
  notes: AdminIdentityNoteDto[];

  @ApiProperty({ type: String, nullable: true })
  iAmStatement: string | null;

  @ApiProperty({ type: String, nullable: true })
  visualization: string | null;

  @ApiProperty({ description: 'Position in the client’s list.' })
  order: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  archivedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** Staff edits: a new name and/or a later state, each applied as a staff action and audited. */
export class AdminUpdateIdentityDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Marathon runner' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ enum: STAFF_IDENTITY_STATES })
  @IsOptional()
  @IsIn(STAFF_IDENTITY_STATES)
  state?: StaffIdentityState;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why, for the audit log.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
