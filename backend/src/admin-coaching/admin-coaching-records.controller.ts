import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminReadRoutes } from 'src/admin-coaching/admin-read-routes';
import {
  AdminActionsReader,
  AdminBreaksReader,
  AdminMessagesReader,
  AdminNotesReader,
} from 'src/admin-coaching/admin-records.service';
import {
  AdminActionDto,
  AdminBreakDto,
  AdminMessageDto,
  AdminNoteDto,
} from 'src/admin-coaching/dto/admin-coaching-records.dto';
import { Auth } from 'src/common/auth/auth.decorator';
import { UserRole } from 'src/common/auth/user-role';

// Read-only coaching records: list and show only.

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/messages')
export class AdminMessagesController extends AdminReadRoutes({
  resource: 'messages',
  plural: 'Messages',
  singular: 'Message',
  dto: AdminMessageDto,
  reader: AdminMessagesReader,
  listDescription:
    'Chat messages, newest first. Filters: userId, turnId, role (user/coach), q (words of the text, full-text), id (list). Sort: createdAt.',
}) {}

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/actions')
export class AdminActionsController extends AdminReadRoutes({
  resource: 'actions',
  plural: 'Actions',
  singular: 'Action',
  dto: AdminActionDto,
  reader: AdminActionsReader,
  listDescription:
    'The action log, newest first. Filters: userId, turnId, type, status (applied/rejected), source (model/button/staff), id (list). Sort: createdAt.',
}) {}

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/notes')
export class AdminNotesController extends AdminReadRoutes({
  resource: 'notes',
  plural: 'Notes',
  singular: 'Note',
  dto: AdminNoteDto,
  reader: AdminNotesReader,
  listDescription: 'Live sentinel notes, newest first. Filters: userId, id (list). Sort: createdAt.',
}) {}

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/breaks')
export class AdminBreaksController extends AdminReadRoutes({
  resource: 'breaks',
  plural: 'Breaks',
  singular: 'Break',
  dto: AdminBreakDto,
  reader: AdminBreaksReader,
  listDescription:
    'Breaks between sessions, latest first. Filters: userId, open (true/false), id (list). Sort: startedAt.',
}) {}
