import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { EmailDetail } from './types';

/**
 * The rendered email in a fully sandboxed frame: no scripts, no forms, no same-origin access,
 * no popups. The stored copy has its one-time link masked, so nothing here can be used.
 */
export const EmailHtmlPreview = () => {
  const email = useRecordContext<Partial<EmailDetail>>();
  const translate = useTranslate();
  if (typeof email?.html !== 'string') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('devcoach.emails.preview_loading')}
      </Typography>
    );
  }
  return (
    <Box
      component="iframe"
      title={translate('devcoach.emails.preview_title', { subject: email.subject ?? '' })}
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={email.html}
      sx={{
        display: 'block',
        width: '100%',
        maxWidth: 720,
        height: 560,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'common.white',
      }}
    />
  );
};
