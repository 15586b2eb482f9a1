import { Box, Typography } from '@mui/material';
import { Login, useTranslate } from 'react-admin';
import { TwoStepLoginForm } from './TwoStepLoginForm';

/** Staff sign-in by email, with the two-factor step when the account has it (see authProvider.login). */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ px: 2, textAlign: 'center' }}>
        <Typography variant="h6" component="h1">
          {translate('devcoach.auth.sign_in_heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('devcoach.auth.sign_in_subheading')}
        </Typography>
      </Box>
      <TwoStepLoginForm />
    </Login>
  );
};
