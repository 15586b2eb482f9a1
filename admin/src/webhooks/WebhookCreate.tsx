import { Card, CardContent } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, SaveButton, Title, Toolbar, useDataProvider, useNotify, useRedirect } from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { type CreatedWebhookEndpoint, type NewWebhookEndpoint } from './types';
import { WebhookInputs } from './WebhookInputs';
import { WebhookSecretDialog } from './WebhookSecretDialog';

/**
 * Registers a receiver and shows its signing secret once. As for API keys, the request skips
 * react-admin's create so the secret never lands in the shared query cache.
 */
export const WebhookCreate = () => {
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ id: string; url: string; secret: string }>();

  const create = useMutation({
    mutationFn: (values: NewWebhookEndpoint) =>
      dataProvider.create<NewWebhookEndpoint, CreatedWebhookEndpoint>('webhooks', { data: values }),
    onSuccess: ({ data }) => {
      setCreated({ id: data.id, url: data.url, secret: data.secret });
      void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });

  // Field errors from the API (a refused URL) appear next to the inputs; anything else as a notification.
  const submit = async (values: Record<string, unknown>) => {
    try {
      await create.mutateAsync({
        url: typeof values.url === 'string' ? values.url.trim() : '',
        events: Array.isArray(values.events) ? (values.events as NewWebhookEndpoint['events']) : [],
      });
      return undefined;
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    }
  };

  return (
    <>
      <Title title="resources.webhooks.page.create" />
      <Card sx={{ mt: 2, maxWidth: 720 }}>
        <Form onSubmit={submit} defaultValues={{ url: 'https://', events: [] }}>
          <CardContent>
            <WebhookInputs />
          </CardContent>
          <Toolbar>
            <SaveButton />
          </Toolbar>
        </Form>
      </Card>
      <WebhookSecretDialog
        secret={created?.secret}
        url={created?.url ?? ''}
        onClose={() => {
          const id = created?.id;
          setCreated(undefined);
          redirect('show', 'webhooks', id);
        }}
      />
    </>
  );
};
