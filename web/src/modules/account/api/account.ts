import type { components } from '@dev-coach/api-client';
import { type ApiError, unwrap } from '@dev-coach/frontend-api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/modules/api/client';
import { authQueryKeyRoot, meQueryKey } from '@/modules/auth/api/meQuery';

type Schemas = components['schemas'];
export type Session = Schemas['SessionResponseDto'];

export const sessionsQueryKey = [authQueryKeyRoot, 'sessions'] as const;

export function sessionsQueryOptions() {
  return queryOptions<Session[], ApiError>({
    queryKey: sessionsQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/sessions', { signal })),
  });
}

/** Ends every other session one by one (`logout-all` would end this one too). */
export function useSignOutOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, Session[]>({
    mutationFn: async (sessions) => {
      for (const session of sessions.filter((candidate) => !candidate.current)) {
        await unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id: session.id } } }));
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

/** `POST /me/password`: other sessions end, this one stays. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, Schemas['ChangePasswordDto']>({
    mutationFn: async (body) => {
      await unwrap(api.POST('/api/v1/me/password', { body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useStartTwoFactorSetup() {
  return useMutation<Schemas['TwoFactorSetupResponseDto'], ApiError, void>({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/2fa/setup')),
  });
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['RecoveryCodesResponseDto'], ApiError, Schemas['EnableTwoFactorDto']>({
    mutationFn: (body) => unwrap(api.POST('/api/v1/auth/2fa/enable', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, Schemas['DisableTwoFactorDto']>({
    mutationFn: async (body) => {
      await unwrap(api.POST('/api/v1/auth/2fa/disable', { body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

/** `POST /coach/reset`: the conversation, identities and notes go; the account stays. */
export function useResetCoaching() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: async () => {
      await unwrap(api.POST('/api/v1/coach/reset', { body: { confirm: true } }));
    },
    // Everything cached about the coaching is now stale; the person stays signed in.
    onSuccess: () =>
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== authQueryKeyRoot || query.queryKey[1] !== 'me',
      }),
  });
}

/**
 * `GET /me/export`: everything the service holds about the person, saved as the JSON file the
 * server names. Read as a blob so a large archive is not parsed just to be written out again.
 */
export function useExportMyData() {
  return useMutation<void, ApiError, void>({
    mutationFn: async () => {
      const blob = await unwrap(api.GET('/api/v1/me/export', { parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `dev-coach-export-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      // Some browsers start the download after the click handler returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}

/** `DELETE /me`: erased at once; the session cookies go with it, so nothing cached is valid. */
export function useDeleteMyAccount() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, Schemas['DeleteAccountDto']>({
    mutationFn: async (body) => {
      await unwrap(api.DELETE('/api/v1/me', { body }));
    },
    onSuccess: () => queryClient.clear(),
  });
}
