import { z } from 'zod';
import { validateEmail } from '@/modules/auth/validation/validateEmail';
import { addNewPasswordIssues } from '@/modules/auth/validation/newPasswordIssues';
import { profileSchema } from '@/modules/auth/validation/profileSchema';

/** Open sign-up: the same rules as the invitation form, shared through the existing validators. */
export const signupSchema = profileSchema
  .pick({ firstName: true, lastName: true })
  .extend({ email: z.string(), password: z.string(), confirmPassword: z.string() })
  .superRefine((values, context) => {
    const emailError = validateEmail(values.email);
    if (emailError) {
      context.addIssue({ code: 'custom', path: ['email'], message: emailError });
    }
    addNewPasswordIssues(values, context);
  });

export type SignupValues = z.infer<typeof signupSchema>;
