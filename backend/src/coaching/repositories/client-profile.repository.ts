import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserEntity } from 'src/users/entities/user.entity';

export interface ClientProfile {
  firstName: string;
  memoryEnabled: boolean;
}

// The two profile fields prompts need. Read here rather than through the users module until
// it exports a read service for them (the accounts issue is reshaping it).
@Injectable()
export class ClientProfileRepository {
  async find(db: EntityManager, userId: string): Promise<ClientProfile | null> {
    const user = await db.getRepository(UserEntity).findOne({
      where: { id: userId },
      select: { id: true, firstName: true, memoryEnabled: true },
    });
    return user ? { firstName: user.firstName, memoryEnabled: user.memoryEnabled } : null;
  }
}
