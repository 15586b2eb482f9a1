import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { UserEntity } from 'src/users/entities/user.entity';

/** The account itself. Deleting the `users` row is the erasure's last step, not this holder's. */
@Injectable()
export class UsersPersonalData extends RegisteredPersonalData {
  readonly section = 'profile';

  async export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    const [profile] = await exportRows(manager, UserEntity, { id: subject.id }, [
      'passwordHash',
      'totpSecret',
      'totpLastStep',
    ]);
    return profile ?? null;
  }
}
