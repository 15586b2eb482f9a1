import { UserEntity } from 'src/users/entities/user.entity';

// Listed, not globbed: a glob makes TypeORM require() files itself, which bypasses the
// test runner's transformer and breaks on a bundled build.
export const ENTITIES = [UserEntity];
