/** The sign-in page's texts for the two-factor step, merged into the app's messages. */
export const loginMessages = {
  devcoach: {
    auth: {
      otp: 'Authentication code',
      otp_intro: 'This account uses two-step sign-in. Open your authenticator app for the current code.',
      otp_help: 'The 6-digit code, or one of your recovery codes if you don’t have your phone.',
      otp_invalid: 'That code didn’t work. Codes change every 30 seconds; try the newest one.',
      verify: 'Verify and sign in',
      start_over: 'Use a different account',
    },
  },
};
