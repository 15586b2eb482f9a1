import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';
import { GET_TO_KNOW_YOU_TOPICS, type GetToKnowYouTopic, type Phase, PHASES } from 'src/curriculum/phases';

export class ContextIdentityDto {
  @ApiProperty({ format: 'uuid', example: '8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e01' })
  @IsUUID('all')
  id: string;

  @ApiProperty({ example: 'Musician', maxLength: 120 })
  @IsString()
  @MaxLength(120)
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'passions_and_talents' })
  @IsIn(IDENTITY_CATEGORIES)
  category: IdentityCategory;

  @ApiProperty({ enum: IDENTITY_STATES, example: 'accepted' })
  @IsIn(IDENTITY_STATES)
  state: IdentityState;

  @ApiProperty({ type: [String], example: ['Plays guitar most evenings.'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  notes: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iAmStatement?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: null })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

export class ContextMessageDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ enum: ['user', 'coach'], example: 'user' })
  @IsIn(['user', 'coach'])
  role: 'user' | 'coach';

  @ApiProperty({ example: 'I play guitar and write songs.', maxLength: 20000 })
  @IsString()
  @MaxLength(20_000)
  content: string;

  @ApiProperty({ type: [String], example: ['Created identity “Musician” in passions_and_talents.'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  actionSummaries: string[];
}

export class ContextNoteDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ example: 'Works night shifts as a nurse.', maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  text: string;
}

/** A client's coaching situation for a preview. Omitted lists are empty. */
export class PromptContextDto {
  @ApiProperty({ example: 'Maya', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  userName: string;

  @ApiProperty({ enum: PHASES, example: 'identity_brainstorming' })
  @IsIn(PHASES)
  currentPhase: Phase;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, example: 'passions_and_talents' })
  @IsIn(IDENTITY_CATEGORIES)
  identityFocus: IdentityCategory;

  @ApiPropertyOptional({ enum: IDENTITY_CATEGORIES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(IDENTITY_CATEGORIES, { each: true })
  skippedCategories?: IdentityCategory[];

  @ApiPropertyOptional({ type: [ContextIdentityDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ContextIdentityDto)
  identities?: ContextIdentityDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  whoYouAre?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  whoYouWantToBe?: string[];

  @ApiPropertyOptional({ enum: GET_TO_KNOW_YOU_TOPICS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(GET_TO_KNOW_YOU_TOPICS, { each: true })
  askedQuestions?: GetToKnowYouTopic[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  currentIdentityId?: string | null;

  @ApiPropertyOptional({ type: [ContextNoteDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ContextNoteDto)
  userNotes?: ContextNoteDto[];

  @ApiPropertyOptional({ type: [ContextMessageDto], description: 'Oldest first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ContextMessageDto)
  recentMessages?: ContextMessageDto[];
}
