import { Card, CardContent } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, SaveButton, Title, Toolbar, useDataProvider, useNotify, useRedirect } from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { ApiKeyFields } from './ApiKeyFields';
import { ApiKeySecretDialog } from './ApiKeySecretDialog';
import { type CreatedApiKey, expiryFromForm, type NewApiKey, rateLimitFromForm } from './types';

/**
 * Creates a key with a scope checklist and, optionally, an expiry and its own rate limit, then
 * shows its secret once. The request goes straight
 * to the data provider rather than through react-admin's create, so the secret never lands in
 * the shared query cache: it lives in this page's state until the dialog closes.
 */
export const ApiKeyCreate = () => {
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ name: string; secret: string }>();

  const create = useMutation({
    mutationFn: (values: NewApiKey) =>
      dataProvider.create<NewApiKey, CreatedApiKey>('api-keys', { data: values }),
    onSuccess: ({ data }) => {
      setCreated({ name: data.name, secret: data.secret });
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });

  // Field errors from the API appear next to the inputs; anything else as a notification.
  const submit = async (values: Record<string, unknown>) => {
    try {
      const expiresAt = expiryFromForm(values.expiresAt);
      const rateLimitPerMinute = rateLimitFromForm(values.rateLimitPerMinute);
      await create.mutateAsync({
        name: typeof values.name === 'string' ? values.name.trim() : '',
        scopes: Array.isArray(values.scopes) ? (values.scopes as NewApiKey['scopes']) : [],
        // Left out when empty: the API's default is no expiry and no limit of the key's own.
        ...(expiresAt && { expiresAt }),
        ...(rateLimitPerMinute !== null && { rateLimitPerMinute }),
      });
      return undefined;
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    }
  };

  return (
    <>
      <Title title="devcoach.api_keys.create_title" />
      <Card sx={{ mt: 2, maxWidth: 640 }}>
        <Form onSubmit={submit} defaultValues={{ name: '', scopes: [] }}>
          <CardContent>
            <ApiKeyFields />
          </CardContent>
          <Toolbar>
            <SaveButton label="devcoach.api_keys.create" />
          </Toolbar>
        </Form>
      </Card>
      <ApiKeySecretDialog
        secret={created?.secret}
        name={created?.name ?? ''}
        onClose={() => {
          setCreated(undefined);
          notify('devcoach.api_keys.created', { type: 'success' });
          redirect('list', 'api-keys');
        }}
      />
    </>
  );
};
