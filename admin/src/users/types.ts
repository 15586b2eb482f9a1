import type { RaRecord } from 'react-admin';
import type { Role } from '../providers/authProvider';

/** A user as the staff API lists it (`GET /api/v1/admin/users`, coming in a later issue). */
export interface User extends RaRecord<string> {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  createdAt: string;
  updatedAt?: string;
}

export const roleChoices: { id: Role; name: string }[] = [
  { id: 'user', name: 'devcoach.roles.user' },
  { id: 'staff', name: 'devcoach.roles.staff' },
  { id: 'superuser', name: 'devcoach.roles.superuser' },
];

export const userRepresentation = (user: User): string =>
  [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || user.email;
