import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ACTION_TYPES } from 'src/curriculum/actions';

export class PromptDiffQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The version to compare against (the "before" side)' })
  @IsUUID('all')
  against: string;
}

export class PromptVersionRefDto {
  @ApiProperty({ format: 'uuid', example: 'b8f1c0de-1a2b-4c3d-9e8f-0a1b2c3d4e5f' })
  id: string;

  @ApiProperty({ example: 'phase:identity_refinement' })
  key: string;

  @ApiProperty({ example: 2 })
  version: number;
}

export class PromptDiffResponseDto {
  @ApiProperty({ type: PromptVersionRefDto, description: 'Before: the `against` version' })
  from: PromptVersionRefDto;

  @ApiProperty({ type: PromptVersionRefDto, description: 'After: the version in the path' })
  to: PromptVersionRefDto;

  @ApiProperty({
    example:
      '--- phase:identity_refinement@v2\n+++ phase:identity_refinement@v3\n@@ -1,1 +1,1 @@\n-old\n+new\n',
    description: 'Unified diff of the bodies',
  })
  patch: string;

  @ApiProperty({ example: 1 })
  additions: number;

  @ApiProperty({ example: 1 })
  deletions: number;

  @ApiProperty({ enum: ACTION_TYPES, isArray: true, example: ['add_identity_note'] })
  allowedActionsAdded: string[];

  @ApiProperty({ enum: ACTION_TYPES, isArray: true, example: [] })
  allowedActionsRemoved: string[];
}
