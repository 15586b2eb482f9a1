import type { components, paths } from '@dev-coach/api-client';

// Request and response shapes from the generated OpenAPI client, named for the web app.
type Schemas = components['schemas'];

export type User = Schemas['UserResponseDto'];
export type LoginResponse = Schemas['LoginResponseDto'];
export type InvitePreview = Schemas['InvitePreviewDto'];
export type AcceptedResponse = Schemas['AcceptedResponseDto'];

type JsonBody<TPath extends keyof paths> = paths[TPath] extends {
  post: { requestBody?: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type LoginRequest = JsonBody<'/api/v1/auth/login'>;
export type AcceptInviteRequest = JsonBody<'/api/v1/auth/invites/accept'>;
export type VerifyEmailRequest = JsonBody<'/api/v1/auth/verify-email'>;
export type ResetPasswordRequest = JsonBody<'/api/v1/auth/reset-password'>;
export type ForgotPasswordRequest = JsonBody<'/api/v1/auth/forgot-password'>;
export type ResendVerificationRequest = JsonBody<'/api/v1/auth/resend-verification'>;
