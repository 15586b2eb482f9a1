import { UserRole } from 'src/common/auth/user-role';

// user < staff < superuser: a route for staff admits superusers too.
const RANK: Record<UserRole, number> = {
  [UserRole.User]: 0,
  [UserRole.Staff]: 1,
  [UserRole.Superuser]: 2,
};

export const roleAtLeast = (role: UserRole, minimum: UserRole): boolean => RANK[role] >= RANK[minimum];
