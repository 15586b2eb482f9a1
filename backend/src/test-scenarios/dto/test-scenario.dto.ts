import { ApiProperty } from '@nestjs/swagger';
import {
  ScenarioIdentityDto,
  ScenarioMessageDto,
  ScenarioProfileDto,
  ScenarioStateDto,
} from 'src/test-scenarios/dto/scenario-document.dto';

/** A test user made from a scenario. */
export class TestUserDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'test-3f9a1c52@test-users.invalid' })
  email: string;

  @ApiProperty({ example: 'Sam Tester' })
  name: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  scenarioId: string | null;

  @ApiProperty({ format: 'date-time', description: 'Last set to the template' })
  resetAt: string;
}

/** A scenario: the document staff wrote (or froze) plus its test users. */
export class TestScenarioDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: ScenarioProfileDto })
  profile: ScenarioProfileDto;

  @ApiProperty({ type: ScenarioStateDto })
  state: ScenarioStateDto;

  @ApiProperty({ type: [ScenarioIdentityDto] })
  identities: ScenarioIdentityDto[];

  @ApiProperty({ type: [String] })
  notes: string[];

  @ApiProperty({ type: [ScenarioMessageDto] })
  messages: ScenarioMessageDto[];

  @ApiProperty({ type: [TestUserDto], description: 'Test users instantiated from it, newest first' })
  testUsers: TestUserDto[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}
