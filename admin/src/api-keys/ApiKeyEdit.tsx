import { useQueryClient } from '@tanstack/react-query';
import { Edit, SaveButton, SimpleForm, Toolbar, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import { ApiKeyFields } from './ApiKeyFields';
import { ApiKeyStatusField } from './ApiKeyStatusField';
import { type ApiKey, type ApiKeyChanges, expiryFromForm, rateLimitFromForm } from './types';

// The API's expiry is an ISO instant; the date-time input wants local `YYYY-MM-DDTHH:mm`, which
// react-admin's input derives itself from a Date.
const toForm = (key: ApiKey) => ({
  ...key,
  expiresAt: key.expiresAt ? new Date(key.expiresAt) : null,
});

/** Only what changed; an emptied expiry or rate limit is sent as null, which clears it. */
const changesOf = (values: Record<string, unknown>, key: ApiKey): ApiKeyChanges => {
  const name = typeof values.name === 'string' ? values.name.trim() : key.name;
  const scopes = (Array.isArray(values.scopes) ? values.scopes : key.scopes) as ApiKeyChanges['scopes'];
  const expiresAt =
    values.expiresAt instanceof Date ? values.expiresAt.toISOString() : expiryFromForm(values.expiresAt);
  const rateLimitPerMinute = rateLimitFromForm(values.rateLimitPerMinute);
  const sameScopes = JSON.stringify([...(scopes ?? [])].sort()) === JSON.stringify([...key.scopes].sort());
  return {
    ...(name !== key.name && { name }),
    ...(!sameScopes && { scopes }),
    ...(expiresAt !== key.expiresAt && { expiresAt }),
    ...(rateLimitPerMinute !== key.rateLimitPerMinute && { rateLimitPerMinute }),
  };
};

const ApiKeyEditForm = () => {
  const key = useRecordContext<ApiKey>();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  if (!key) {
    return null;
  }

  // PATCH through the typed client rather than the generic data provider, which turns a cleared
  // field into '' (right for names, wrong for an expiry the API clears with null).
  const submit = async (values: Record<string, unknown>) => {
    const changes = changesOf(values, key);
    try {
      if (Object.keys(changes).length > 0) {
        await call(
          api.PATCH('/api/v1/admin/api-keys/{id}', { params: { path: { id: key.id } }, body: changes }),
        );
        await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
      }
      notify('devcoach.api_keys.saved', { type: 'success' });
      redirect('list', 'api-keys');
      return undefined;
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    }
  };

  return (
    <SimpleForm
      record={toForm(key)}
      onSubmit={submit}
      sx={{ maxWidth: 640 }}
      toolbar={
        <Toolbar>
          <SaveButton label="devcoach.api_keys.save" alwaysEnable={false} />
        </Toolbar>
      }
    >
      <ApiKeyStatusField source="status" />
      <ApiKeyFields />
    </SimpleForm>
  );
};

/**
 * Renames a key, changes its scopes, renews or removes its expiry and sets its own rate limit.
 * The secret is not shown again: it is not stored.
 */
export const ApiKeyEdit = () => (
  <Edit mutationMode="pessimistic" title="devcoach.api_keys.edit_title" actions={false}>
    <ApiKeyEditForm />
  </Edit>
);
