import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import type { Role } from '../providers/authProvider';

type Schemas = components['schemas'];

/** A user as the staff API returns it (`GET /api/v1/admin/users`). */
export type User = Schemas['UserResponseDto'] & RaRecord<string>;
export type UserUpdate = Schemas['AdminUpdateUserDto'];

/** Every field `PATCH /admin/users/:id` accepts (`AdminUpdateUserDto`); nothing else is sent. */
export const userWritableFields = [
  'firstName',
  'lastName',
  'timezone',
  'memoryEnabled',
  'isActive',
  'role',
  'studioOverride',
] as const satisfies readonly (keyof UserUpdate)[];

// Fails to compile when the API gains a writable field this list does not know yet.
type MissingWritableField = Exclude<keyof UserUpdate, (typeof userWritableFields)[number]>;
export const userWritableFieldsAreComplete: [MissingWritableField] extends [never] ? true : false = true;

export const roleChoices: { id: Role; name: string }[] = [
  { id: 'user', name: 'devcoach.roles.user' },
  { id: 'staff', name: 'devcoach.roles.staff' },
  { id: 'superuser', name: 'devcoach.roles.superuser' },
];

export const userRepresentation = (user: Pick<User, 'firstName' | 'lastName' | 'email'>): string =>
  [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || user.email;
