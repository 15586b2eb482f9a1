import type { User } from '@/modules/auth/api/meQuery';

export const ONBOARDING_PATH = '/app/welcome';

/** The coach greets people by name, so an account without one finishes onboarding first. */
export function needsOnboarding(user: Pick<User, 'firstName'>): boolean {
  return user.firstName.trim() === '';
}
