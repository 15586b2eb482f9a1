import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { EmailDetail } from './types';

/** The plain-text part, as mail clients without HTML show it. */
export const EmailTextPart = () => {
  const email = useRecordContext<Partial<EmailDetail>>();
  if (typeof email?.text !== 'string') {
    return null;
  }
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 2,
        maxWidth: 720,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontSize: 13,
        bgcolor: 'action.hover',
        borderRadius: 1,
      }}
    >
      {email.text}
    </Box>
  );
};
