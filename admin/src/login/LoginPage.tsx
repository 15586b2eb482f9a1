import { Box, Typography } from '@mui/material';
import {
  Login,
  LoginForm,
  PasswordInput,
  TextInput,
  email as emailFormat,
  required,
  useTranslate,
} from 'react-admin';

// Validators are created once: react-admin re-validates when their identity changes.
const validateEmail = [required(), emailFormat()];
const validatePassword = required();

/** Staff sign-in; the API identifies accounts by email (see authProvider.login). */
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
      <LoginForm>
        <TextInput
          source="email"
          type="email"
          label="devcoach.auth.email"
          autoComplete="username"
          validate={validateEmail}
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={validatePassword}
        />
      </LoginForm>
    </Login>
  );
};
