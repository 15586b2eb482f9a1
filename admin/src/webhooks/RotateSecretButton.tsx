import KeyIcon from '@mui/icons-material/Key';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import type { WebhookEndpoint } from './types';
import { WebhookSecretDialog } from './WebhookSecretDialog';

/**
 * Makes a new signing secret after a confirmation and shows it once. The old secret keeps
 * signing beside it until the date shown, so the receiver can switch without losing anything.
 */
export const RotateSecretButton = () => {
  const endpoint = useRecordContext<WebhookEndpoint>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState<{ secret: string; until: string }>();

  const rotate = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/admin/webhooks/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: async ({ data }) => {
      setRotated({ secret: data.secret, until: new Date(data.previousSecretExpiresAt).toLocaleString() });
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });

  if (!endpoint) {
    return null;
  }
  return (
    <>
      <Button
        label="devcoach.webhooks.rotate"
        aria-label={translate('devcoach.webhooks.rotate')}
        disabled={rotate.isPending}
        onClick={() => setConfirming(true)}
      >
        <KeyIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="devcoach.webhooks.rotate_confirm_title"
        content="devcoach.webhooks.rotate_confirm_content"
        onConfirm={() => {
          setConfirming(false);
          rotate.mutate(endpoint.id);
        }}
        onClose={() => setConfirming(false)}
      />
      <WebhookSecretDialog
        secret={rotated?.secret}
        url={endpoint.url}
        until={rotated?.until}
        onClose={() => setRotated(undefined)}
      />
    </>
  );
};
