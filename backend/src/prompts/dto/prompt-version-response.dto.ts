import { ApiProperty } from '@nestjs/swagger';
import { ACTION_TYPES } from 'src/curriculum/actions';
import { PROMPT_KINDS } from 'src/prompts/prompt-keys';
import { CONTEXT_KEYS } from 'src/prompts/context/context-keys';
import { IMAGE_CONTEXT_KEYS } from 'src/prompts/context/image-context-keys';

export class PromptVersionResponseDto {
  @ApiProperty({ format: 'uuid', example: 'b8f1c0de-1a2b-4c3d-9e8f-0a1b2c3d4e5f' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' })
  templateId: string;

  @ApiProperty({
    example: 'phase:identity_refinement',
    description: '`kind` or `kind:phase` or `kind:category`',
  })
  key: string;

  @ApiProperty({ enum: PROMPT_KINDS, example: 'phase' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, example: 'identity_refinement' })
  phase: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  category: string | null;

  @ApiProperty({ example: 3, description: '1, 2, 3… per key' })
  version: number;

  @ApiProperty({ example: 'Phase: identity refinement.\nWorking on now:\n{{current_identity}}' })
  body: string;

  @ApiProperty({ example: 'Offer two name options instead of three' })
  changeNote: string;

  @ApiProperty({ enum: ACTION_TYPES, isArray: true, example: ['rename_identity', 'accept_refinement'] })
  allowedActions: string[];

  @ApiProperty({
    enum: [...CONTEXT_KEYS, ...IMAGE_CONTEXT_KEYS],
    isArray: true,
    example: ['current_identity'],
  })
  requiredContextKeys: string[];

  @ApiProperty({ enum: ['seed', 'staff'], example: 'staff' })
  source: 'seed' | 'staff';

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  })
  authorId: string | null;

  @ApiProperty({ example: true, description: 'Whether this is the version assembly uses now' })
  isActive: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}
