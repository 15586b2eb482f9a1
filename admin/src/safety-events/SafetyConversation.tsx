import { Box, Paper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ContextMessage, SafetyEvent } from './types';

interface BubbleProps {
  /** Who wrote it: the API's chat role (`user` is the client). */
  author: string;
  content: string;
  at: string | null;
  flagged?: boolean;
}

const Bubble = ({ author, content, at, flagged = false }: BubbleProps) => {
  const translate = useTranslate();
  const fromClient = author === 'user';
  return (
    <Box
      component="li"
      sx={{ display: 'flex', justifyContent: fromClient ? 'flex-end' : 'flex-start', listStyle: 'none' }}
    >
      <Paper
        variant="outlined"
        sx={{
          p: 1.5,
          maxWidth: { xs: '92%', sm: '75%' },
          borderWidth: flagged ? 2 : 1,
          borderColor: flagged ? 'error.main' : 'divider',
          bgcolor: flagged ? 'rgba(211, 47, 47, 0.06)' : fromClient ? 'action.hover' : 'background.paper',
        }}
      >
        <Typography variant="caption" component="p" color="text.secondary">
          {translate(`devcoach.safety.role.${author}`, { _: author })}
          {at ? ` · ${new Date(at).toLocaleString()}` : ''}
          {flagged ? ` · ${translate('devcoach.safety.flagged_message')}` : ''}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {content}
        </Typography>
      </Paper>
    </Box>
  );
};

const toBubbles = (messages: ContextMessage[], key: string) =>
  messages.map((message, index) => (
    <Bubble key={`${key}-${index}`} author={message.role} content={message.content} at={message.at} />
  ));

/**
 * The flagged message where it was written: what came before (stored with the event), the
 * message itself, highlighted, and what followed (the coach's supportive reply first).
 */
export const SafetyConversation = () => {
  const event = useRecordContext<SafetyEvent>();
  const translate = useTranslate();
  if (!event) {
    return null;
  }
  const { recentMessages, followingMessages } = event.context;
  return (
    <Box component="section" aria-labelledby="safety-conversation-heading">
      <Typography id="safety-conversation-heading" variant="h6" component="h2" gutterBottom>
        {translate('devcoach.safety.conversation')}
      </Typography>
      {event.context.phase ? (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('devcoach.safety.phase', { phase: event.context.phase.replace(/_/g, ' ') })}
        </Typography>
      ) : null}
      <Box component="ol" sx={{ p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
        {toBubbles(recentMessages, 'before')}
        <Bubble
          author="user"
          content={event.messageText || translate('devcoach.safety.textRemoved')}
          at={event.createdAt}
          flagged
        />
        {toBubbles(followingMessages, 'after')}
      </Box>
    </Box>
  );
};
