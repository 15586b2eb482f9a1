import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { ADMIN_API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import type { TestScenario, TestUser } from './types';

// Routes outside react-admin's CRUD (not in the generated client yet), through the same
// client, so CSRF and session refresh behave as on every other page.

const post = async <T>(path: string, body?: object): Promise<T> => {
  const { json } = await httpClient(`${ADMIN_API_URL}${path}`, {
    method: 'POST',
    body: body ? JSON.stringify(body) : undefined,
    headers: body ? new Headers({ 'Content-Type': 'application/json' }) : undefined,
  });
  return json as T;
};

export const instantiateScenario = (scenarioId: string) =>
  post<TestUser>(`/test-scenarios/${encodeURIComponent(scenarioId)}/instantiate`);

export const resetTestUser = (scenarioId: string, userId: string) =>
  post<TestUser>(`/test-scenarios/${encodeURIComponent(scenarioId)}/reset`, { userId });

export const freezeClient = (userId: string, name: string) =>
  post<TestScenario>('/test-scenarios/freeze', { userId, name });

/** One of the test user's turns, answered (`?wait=true`): the demo coach replies at once. */
export const postTestUserTurn = (userId: string, message: string) =>
  post<unknown>(`/coach/users/${encodeURIComponent(userId)}/turns?wait=true`, { message });

/**
 * A mutation that tells staff how it went and refreshes the given react-admin resources, whose
 * cached lists and records may now be out of date.
 */
export const useAdminMutation = <TArgs, TResult>(
  run: (args: TArgs) => Promise<TResult>,
  options: { resources: string[]; success?: (result: TResult) => { message: string; args?: object } },
) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      const success = options.success?.(result);
      if (success) {
        notify(success.message, { type: 'success', messageArgs: success.args });
      }
      await Promise.all(
        options.resources.map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })),
      );
    },
    onError: (error: Error) => {
      notify(error.message || 'ra.notification.http_error', { type: 'error' });
    },
  });
};
