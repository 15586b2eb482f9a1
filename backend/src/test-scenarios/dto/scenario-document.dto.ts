import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ACTION_LIMITS } from 'src/coaching/actions/action-shape.validator';
import { type LiveIdentityState, SNAPSHOT_LIMITS } from 'src/coaching/snapshot/coaching-snapshot';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES } from 'src/curriculum/identity-states';
import { GET_TO_KNOW_YOU_TOPICS, type GetToKnowYouTopic, PHASES, type Phase } from 'src/curriculum/phases';
import { NOTE_TEXT_MAX } from 'src/notes/entities/user-note.entity';

// The scenario document staff paste as JSON (docs/test-scenarios.md). Its shape is checked by
// these classes, so a mistake answers 400 `validation_failed` naming the field, e.g.
// `identities.0.category`. What the shape cannot say (unique names, a known current identity)
// the coaching snapshot service checks.

const LIVE_IDENTITY_STATES = IDENTITY_STATES.filter(
  (state): state is LiveIdentityState => state !== 'archived',
);
const MESSAGE_MAX = 4000;

export class ScenarioProfileDto {
  @ApiProperty({ example: 'Sam', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty({ example: 'Tester', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  lastName: string;
}

export class ScenarioStateDto {
  @ApiProperty({ enum: PHASES, enumName: 'Phase', description: 'The phase (and so the session) to start in' })
  @IsIn(PHASES)
  phase: Phase;

  @ApiPropertyOptional({
    enum: IDENTITY_CATEGORIES,
    enumName: 'IdentityCategory',
    description: 'Brainstorming focus; defaults to the first category',
  })
  @IsOptional()
  @IsIn(IDENTITY_CATEGORIES)
  identityFocus?: IdentityCategory;

  @ApiPropertyOptional({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IDENTITY_CATEGORIES.length)
  @IsIn(IDENTITY_CATEGORIES, { each: true })
  skippedCategories?: IdentityCategory[];

  @ApiPropertyOptional({ type: [String], maxItems: ACTION_LIMITS.listItems })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTION_LIMITS.listItems)
  @IsString({ each: true })
  @Length(1, ACTION_LIMITS.listItemLength, { each: true })
  whoYouAre?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: ACTION_LIMITS.listItems })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTION_LIMITS.listItems)
  @IsString({ each: true })
  @Length(1, ACTION_LIMITS.listItemLength, { each: true })
  whoYouWantToBe?: string[];

  @ApiPropertyOptional({ enum: GET_TO_KNOW_YOU_TOPICS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GET_TO_KNOW_YOU_TOPICS.length)
  @IsIn(GET_TO_KNOW_YOU_TOPICS, { each: true })
  askedQuestions?: GetToKnowYouTopic[];

  @ApiPropertyOptional({ type: [String], description: 'Keys of session videos already shown' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  shownVideos?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Name of one of `identities`: the identity the coach is working on',
  })
  @IsOptional()
  @IsString()
  @Length(1, ACTION_LIMITS.nameLength)
  currentIdentity?: string | null;
}

export class ScenarioIdentityDto {
  @ApiProperty({ example: 'Athlete', maxLength: ACTION_LIMITS.nameLength })
  @IsString()
  @Length(1, ACTION_LIMITS.nameLength)
  name: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, enumName: 'IdentityCategory' })
  @IsIn(IDENTITY_CATEGORIES)
  category: IdentityCategory;

  @ApiProperty({ enum: LIVE_IDENTITY_STATES, description: 'Any state but `archived`' })
  @IsIn(LIVE_IDENTITY_STATES)
  state: LiveIdentityState;

  @ApiPropertyOptional({ type: [String], maxItems: ACTION_LIMITS.listItems })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTION_LIMITS.listItems)
  @IsString({ each: true })
  @Length(1, ACTION_LIMITS.noteLength, { each: true })
  notes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ACTION_LIMITS.statementLength })
  @IsOptional()
  @IsString()
  @Length(1, ACTION_LIMITS.statementLength)
  iAmStatement?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ACTION_LIMITS.textLength })
  @IsOptional()
  @IsString()
  @Length(1, ACTION_LIMITS.textLength)
  visualization?: string | null;
}

export class ScenarioMessageDto {
  @ApiProperty({ enum: ['user', 'coach'] })
  @IsIn(['user', 'coach'])
  role: 'user' | 'coach';

  @ApiProperty({ maxLength: MESSAGE_MAX })
  @IsString()
  @Length(1, MESSAGE_MAX)
  content: string;
}

/** Everything about the test client but its name: the part `instantiate` and `reset` write. */
export class ScenarioTemplateDto {
  @ApiProperty({ type: ScenarioStateDto })
  @ValidateNested()
  @Type(() => ScenarioStateDto)
  state: ScenarioStateDto;

  @ApiPropertyOptional({ type: [ScenarioIdentityDto], maxItems: SNAPSHOT_LIMITS.identities })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SNAPSHOT_LIMITS.identities)
  @ValidateNested({ each: true })
  @Type(() => ScenarioIdentityDto)
  identities?: ScenarioIdentityDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Long-term memory notes',
    maxItems: SNAPSHOT_LIMITS.notes,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SNAPSHOT_LIMITS.notes)
  @IsString({ each: true })
  @Length(1, NOTE_TEXT_MAX, { each: true })
  notes?: string[];

  @ApiPropertyOptional({
    type: [ScenarioMessageDto],
    description: 'Chat history, oldest first',
    maxItems: SNAPSHOT_LIMITS.messages,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SNAPSHOT_LIMITS.messages)
  @ValidateNested({ each: true })
  @Type(() => ScenarioMessageDto)
  messages?: ScenarioMessageDto[];
}

/** `POST /admin/test-scenarios`: the whole document. */
export class CreateTestScenarioDto extends ScenarioTemplateDto {
  @ApiProperty({ example: 'Brainstorming with two identities', maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: ScenarioProfileDto })
  @ValidateNested()
  @Type(() => ScenarioProfileDto)
  profile: ScenarioProfileDto;
}

/**
 * `PATCH /admin/test-scenarios/:id`: the top-level fields to replace (react-admin sends the ones
 * that changed). A part given replaces that part whole: `identities` is the new list.
 */
export class UpdateTestScenarioDto extends PartialType(CreateTestScenarioDto) {}

/** `POST /admin/test-scenarios/freeze`: a real client's current data as a new scenario. */
export class FreezeTestScenarioDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  userId: string;

  @ApiProperty({ example: 'Frozen: stuck in refinement', maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** `POST /admin/test-scenarios/:id/reset`: which of its test users to set back to the template. */
export class ResetTestUserDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  userId: string;
}
