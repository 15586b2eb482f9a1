import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { NoteResponseDto, UpdateNoteDto } from 'src/notes/dto/note.dto';
import { NotesService } from 'src/notes/notes.service';

// What the coach remembers about the caller. Another client's note id is a 404.
@ApiTags('notes')
@Auth()
@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  /** Your remembered notes, oldest first. */
  @Get()
  @ApiOkResponse({ type: [NoteResponseDto] })
  listNotes(@CurrentPrincipal() principal: AuthPrincipal): Promise<NoteResponseDto[]> {
    return this.notes.list(principal.userId);
  }

  /** Rewrite a note; the coach keeps your wording from then on. */
  @Patch(':id')
  @ApiOkResponse({ type: NoteResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`validation_failed`' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`note_not_found`' })
  updateNote(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Body() dto: UpdateNoteDto,
  ): Promise<NoteResponseDto> {
    return this.notes.update(principal.userId, params.id, dto.text);
  }

  /** Forget a note; the coach will not bring it back. */
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`note_not_found`' })
  async deleteNote(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
  ): Promise<void> {
    await this.notes.remove(principal.userId, params.id);
  }
}
