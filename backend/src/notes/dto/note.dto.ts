import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NOTE_TEXT_MAX } from 'src/notes/entities/user-note.entity';

export class NoteResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Works as a nurse.', maxLength: NOTE_TEXT_MAX })
  text: string;

  @ApiProperty({ description: 'True once you edited the note: the coach then leaves it as you wrote it.' })
  editedByUser: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class UpdateNoteDto {
  @ApiProperty({ example: 'Works night shifts as a nurse.', minLength: 1, maxLength: NOTE_TEXT_MAX })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTE_TEXT_MAX)
  text: string;
}
