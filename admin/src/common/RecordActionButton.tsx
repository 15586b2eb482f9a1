import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import {
  Button,
  type RaRecord,
  useDataProvider,
  useNotify,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import type { DevCoachDataProvider, RecordActionPath } from '../providers/dataProvider';

export interface RecordActionButtonProps {
  /** The API route, e.g. `/api/v1/admin/invites/{id}/resend`; `{id}` is the record's id. */
  path: RecordActionPath;
  /** i18n key of the button label. */
  label: string;
  /** i18n key of the notification after success; receives `%{name}` (the record's representation). */
  successMessage: string;
  icon?: ReactElement;
  /** Whose cached lists and records are refreshed afterwards; defaults to the resource in context. */
  resource?: string;
  disabled?: boolean;
  /** Used for `%{name}` in the success message. */
  describe?: (record: RaRecord) => string;
}

/**
 * Runs one of the API's record actions (resend an invite, retry an email…), tells staff how it
 * went, and refreshes what is on screen. API errors are shown with the server's own message.
 */
export const RecordActionButton = ({
  path,
  label,
  successMessage,
  icon,
  resource: resourceProp,
  disabled = false,
  describe = (record) => String(record.id),
}: RecordActionButtonProps) => {
  const record = useRecordContext();
  const resourceFromContext = useResourceContext();
  const resource = resourceProp ?? resourceFromContext;
  const dataProvider = useDataProvider<DevCoachDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();

  const mutation = useMutation({
    mutationFn: (id: RaRecord['id']) => dataProvider.runAction(path, { id }),
    onSuccess: async () => {
      notify(successMessage, { type: 'success', messageArgs: { name: record ? describe(record) : '' } });
      await queryClient.invalidateQueries({ queryKey: [resource] });
    },
    onError: (error: Error) => {
      notify(error.message || 'ra.notification.http_error', { type: 'error' });
    },
  });

  if (!record || !resource) {
    return null;
  }
  return (
    <Button
      label={label}
      // On phones react-admin shows only the icon; the name must not depend on the visible label.
      aria-label={translate(label)}
      disabled={disabled || mutation.isPending}
      onClick={(event) => {
        // Rows may be clickable; the button's click is its own.
        event.stopPropagation();
        mutation.mutate(record.id);
      }}
    >
      {icon}
    </Button>
  );
};
