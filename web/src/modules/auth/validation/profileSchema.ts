import { z } from 'zod';
import { MAX_NAME_LENGTH } from '@/modules/auth/validation/validateProfile';

/** First name (the coach uses it), optional last name and an IANA time zone. */
export const profileSchema = z.object({
  firstName: z
    .string()
    .trim()
    .min(1, 'Tell us what to call you.')
    .max(MAX_NAME_LENGTH, `Keep it under ${MAX_NAME_LENGTH} characters.`),
  lastName: z.string().trim().max(MAX_NAME_LENGTH, `Keep it under ${MAX_NAME_LENGTH} characters.`),
  timezone: z.string().min(1, 'Choose your time zone.'),
});

export type ProfileValues = z.infer<typeof profileSchema>;
