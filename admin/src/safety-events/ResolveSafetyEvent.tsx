import { Alert, Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  DateField,
  Form,
  Labeled,
  maxLength,
  ReferenceField,
  required,
  SaveButton,
  TextField,
  TextInput,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import type { SafetyEvent } from './types';

const validateNote = [required(), maxLength(2000)];

const Resolution = () => {
  const translate = useTranslate();
  return (
    <Box>
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate('devcoach.safety.resolved_intro')}
      </Alert>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Labeled label="devcoach.safety.resolved_by">
          <ReferenceField source="resolvedBy" reference="users" link="edit" emptyText="—" />
        </Labeled>
        <Labeled label="devcoach.safety.resolved_at">
          <DateField source="resolvedAt" showTime />
        </Labeled>
      </Box>
      <Labeled label="devcoach.safety.note" fullWidth>
        <TextField source="resolutionNote" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
    </Box>
  );
};

/**
 * Closing an open event with a note on what was done (the API records who, when, and audits it).
 * The client's coaching hold is theirs to lift; resolving does not touch it.
 */
export const ResolveSafetyEvent = () => {
  const event = useRecordContext<SafetyEvent>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  if (!event) {
    return null;
  }

  const submit = async (values: Record<string, unknown>) => {
    const note = typeof values.note === 'string' ? values.note.trim() : '';
    try {
      await call(
        api.POST('/api/v1/admin/safety-events/{id}/resolve', {
          params: { path: { id: event.id } },
          body: { note },
        }),
      );
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    }
    notify('devcoach.safety.resolved_notice', { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['safety-events'] });
    refresh();
    return undefined;
  };

  return (
    <Box component="section" aria-labelledby="safety-resolve-heading">
      <Typography id="safety-resolve-heading" variant="h6" component="h2" gutterBottom>
        {translate('devcoach.safety.resolution')}
      </Typography>
      {event.status === 'resolved' ? (
        <Resolution />
      ) : (
        <Form onSubmit={submit} defaultValues={{ note: '' }}>
          <TextInput
            source="note"
            label="devcoach.safety.note"
            multiline
            minRows={3}
            fullWidth
            validate={validateNote}
            helperText="devcoach.safety.note_help"
          />
          <SaveButton label="devcoach.safety.resolve" />
        </Form>
      )}
    </Box>
  );
};
