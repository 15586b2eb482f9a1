import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { when } from '../coaching/dates';
import type { Message } from '../coaching/types';
import { CardView } from './CardView';

/** The conversation oldest first, client on the right and coach on the left, as in the web app. */
export const ChatHistory = ({ messages }: { messages: Message[] }) => {
  const translate = useTranslate();
  if (messages.length === 0) {
    return <Typography variant="body2">{translate('devcoach.client_view.no_messages')}</Typography>;
  }
  return (
    <Box
      component="ol"
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      {messages.map((message) => {
        const fromClient = message.role === 'user';
        return (
          <Box
            component="li"
            key={message.id}
            sx={{
              alignSelf: fromClient ? 'flex-end' : 'flex-start',
              maxWidth: { xs: '92%', sm: '75%' },
              p: 1.25,
              borderRadius: 2,
              bgcolor: fromClient ? 'primary.main' : 'action.hover',
              color: fromClient ? 'primary.contrastText' : 'text.primary',
            }}
          >
            <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
              {translate(fromClient ? 'devcoach.client_view.you' : 'devcoach.client_view.coach')} ·{' '}
              {when(message.createdAt)}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {message.content}
            </Typography>
            {message.component ? <CardView component={message.component} /> : null}
          </Box>
        );
      })}
    </Box>
  );
};
