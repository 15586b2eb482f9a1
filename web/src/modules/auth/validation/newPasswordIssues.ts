import type { z } from 'zod';
import { type NewPassword, validateNewPassword } from '@/modules/auth/validation/validateNewPassword';

/** Reports the new-password rules on `password` and `confirmPassword`, for zod `superRefine`. */
export function addNewPasswordIssues(values: NewPassword, context: z.RefinementCtx): void {
  const problems = validateNewPassword(values);
  for (const field of ['password', 'confirmPassword'] as const) {
    const message = problems[field];
    if (message) {
      context.addIssue({ code: 'custom', path: [field], message });
    }
  }
}
