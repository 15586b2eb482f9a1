import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { TurnEntity } from 'src/coaching/entities/turn.entity';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';

/**
 * The coaching record: where the client is in the curriculum, their identities, the whole
 * conversation with its cards, every action taken and every turn. All of it cascades from
 * `users`, so erasure needs nothing here.
 */
@Injectable()
export class CoachingPersonalData extends RegisteredPersonalData {
  readonly section = 'coaching';

  async export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    const mine = { userId: subject.id };
    const [state] = await exportRows(manager, CoachStateEntity, mine);
    return {
      state: state ?? null,
      identities: await exportRows(manager, IdentityEntity, mine),
      messages: await exportRows(manager, ChatMessageEntity, mine),
      actions: await exportRows(manager, ActionLogEntity, mine),
      breaks: await exportRows(manager, BreakEntity, mine),
      turns: await exportRows(manager, TurnEntity, mine),
    };
  }
}
