import { Button as MuiButton, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  email as emailFormat,
  Form,
  HttpError,
  PasswordInput,
  required,
  TextInput,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { LoginParams } from '../providers/authProvider';

// Validators are created once: react-admin re-validates when their identity changes.
const validateEmail = [required(), emailFormat()];
const validatePassword = required();
const validateCode = required();

type Step = 'password' | 'code';

/** Moves the focus to a field that just appeared, so keyboard and screen-reader users land on it. */
const FocusOnMount = ({ id }: { id: string }) => {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
};

const OTP_INPUT_ID = 'login-otp';

interface LoginValues {
  email?: string;
  password?: string;
  otp?: string;
}

const apiCodeOf = (error: unknown): string | undefined => {
  if (!(error instanceof HttpError) || typeof error.body !== 'object' || error.body === null) {
    return undefined;
  }
  const code: unknown = (error.body as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * Email and password, then — for accounts with two-factor authentication — a second step asking
 * for the authenticator code or a recovery code. The password stays in the form between the steps:
 * the API checks both together, so nothing is signed in until the code is right.
 */
export const TwoStepLoginForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [step, setStep] = useState<Step>('password');
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    const params: LoginParams = {
      email: values.email ?? '',
      password: values.password ?? '',
      ...(step === 'code' ? { otp: values.otp ?? '' } : {}),
    };
    try {
      await login(params);
      return undefined;
    } catch (error) {
      const code = apiCodeOf(error);
      if (code === 'otp_required') {
        setStep('code');
        return undefined;
      }
      if (code === 'otp_invalid') {
        return { otp: translate('devcoach.auth.otp_invalid') };
      }
      notify(error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error', {
        type: 'error',
      });
      return undefined;
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<LoginValues> onSubmit={submit} defaultValues={{ email: '', password: '', otp: '' }} noValidate>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1, width: { xs: 'auto', sm: 320 } }}>
        <TextInput
          source="email"
          type="email"
          label="devcoach.auth.email"
          autoComplete="username"
          validate={validateEmail}
          readOnly={step === 'code'}
          fullWidth
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={validatePassword}
          readOnly={step === 'code'}
          fullWidth
        />
        {step === 'code' ? (
          <>
            <Typography variant="body2" role="status">
              {translate('devcoach.auth.otp_intro')}
            </Typography>
            <TextInput
              source="otp"
              id={OTP_INPUT_ID}
              label="devcoach.auth.otp"
              autoComplete="one-time-code"
              helperText="devcoach.auth.otp_help"
              validate={validateCode}
              fullWidth
            />
            <FocusOnMount id={OTP_INPUT_ID} />
          </>
        ) : null}
        <MuiButton type="submit" variant="contained" disabled={submitting} fullWidth sx={{ mt: 1 }}>
          {translate(step === 'code' ? 'devcoach.auth.verify' : 'ra.auth.sign_in')}
        </MuiButton>
        {step === 'code' ? (
          <MuiButton onClick={() => setStep('password')} size="small">
            {translate('devcoach.auth.start_over')}
          </MuiButton>
        ) : null}
      </CardContent>
    </Form>
  );
};
