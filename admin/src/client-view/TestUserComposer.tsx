import SendIcon from '@mui/icons-material/Send';
import { Box, Button, TextField as MuiTextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { postTestUserTurn, useAdminMutation } from '../test-scenarios/api';

/**
 * Staff speak as a test user: the message goes through the client's own turn pipeline and the
 * reply appears in the history above (the API refuses this for real clients).
 */
export const TestUserComposer = ({ userId }: { userId: string }) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const send = useAdminMutation((message: string) => postTestUserTurn(userId, message), {
    resources: ['messages', 'identities', 'coach-states', 'notes', 'actions', 'usage'],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (message) {
      send.mutate(message, { onSuccess: () => setText('') });
    }
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <MuiTextField
        label={translate('devcoach.client_view.composer_label')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        disabled={send.isPending}
        inputProps={{ maxLength: 4000 }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        {/* A labelled MUI button: react-admin's drops its text (and name) on phones. */}
        <Button
          type="submit"
          variant="contained"
          startIcon={<SendIcon />}
          disabled={send.isPending || !text.trim()}
        >
          {translate('devcoach.client_view.send')}
        </Button>
        {send.isPending ? (
          <Typography variant="body2" role="status">
            {translate('devcoach.client_view.sending')}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
};
