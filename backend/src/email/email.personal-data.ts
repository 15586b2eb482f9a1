import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { EmailOutboxEntity } from 'src/email/entities/email-outbox.entity';

/**
 * Emails we sent (or hold) for the person. The outbox keeps the address and the whole rendered
 * body, and its `user_id` only goes to null with the account, so erasure deletes the rows.
 */
@Injectable()
export class EmailPersonalData extends RegisteredPersonalData {
  readonly section = 'emails';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(
      manager,
      EmailOutboxEntity,
      [{ userId: subject.id }, { toAddress: subject.email }],
      ['sealedSecret', 'html'],
    );
  }

  async erase(subject: DataSubject, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(EmailOutboxEntity)
      .where('user_id = :id', { id: subject.id })
      .orWhere('lower(to_address) = lower(:email)', { email: subject.email })
      .execute();
  }
}
