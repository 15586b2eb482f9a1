import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CoachingProfile, UsersRepository } from 'src/users/users.repository';

// The two profile fields prompts need, read through the users module that owns them.
@Injectable()
export class ClientProfileRepository {
  constructor(private readonly users: UsersRepository) {}

  find(db: EntityManager, userId: string): Promise<CoachingProfile | null> {
    return this.users.findCoachingProfile(userId, db);
  }
}
