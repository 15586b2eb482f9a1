import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import {
  useDisableTwoFactor,
  useEnableTwoFactor,
  useStartTwoFactorSetup,
} from '@/modules/account/api/account';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { OtpForm } from '@/modules/account/components/OtpForm';
import { RecoveryCodes } from '@/modules/account/components/RecoveryCodes';
import type { User } from '@/modules/auth/api/meQuery';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { Button } from '@/modules/ui/components/Button';

/** Two-step sign-in (TOTP): set up with a QR code, recovery codes once, and a way to turn it off. */
export function TwoFactorSection({ user }: { user: User }) {
  const setup = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const disable = useDisableTwoFactor();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [turningOff, setTurningOff] = useState(false);

  function content() {
    if (recoveryCodes) {
      return <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(undefined)} />;
    }
    if (user.twoFactorEnabled) {
      return turningOff ? (
        <OtpForm
          withPassword
          codeHint="A code from your authenticator app, or one of your recovery codes."
          submitLabel="Turn off two-step sign-in"
          pendingLabel="Turning off…"
          pending={disable.isPending}
          error={disable.error?.message}
          onSubmit={(values) =>
            disable.mutate(values, {
              onSuccess: () => {
                setTurningOff(false);
                setup.reset();
              },
            })
          }
        />
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-medium text-ink">Two-step sign-in is on.</p>
          <Button variant="secondary" onClick={() => setTurningOff(true)}>
            Turn off…
          </Button>
        </div>
      );
    }
    if (setup.data) {
      return (
        <div>
          <ol className="list-decimal space-y-2 pl-5 leading-relaxed text-ink-soft">
            <li>
              Open an authenticator app on your phone (for example 2FAS, Aegis or Google Authenticator).
            </li>
            <li>Scan this QR code with it, or type the key below.</li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          <div className="mt-5 flex flex-wrap items-center gap-6">
            <div className="rounded-xl bg-[#ffffff] p-3">
              <QRCodeSVG
                value={setup.data.otpauthUrl}
                size={176}
                title="QR code for your authenticator app"
                marginSize={0}
              />
            </div>
            <div className="min-w-0">
              <p className="text-sm text-ink-soft">Key for typing in by hand</p>
              <p data-testid="totp-secret" className="mt-1 font-mono text-sm break-all text-ink">
                {setup.data.secret}
              </p>
            </div>
          </div>
          <div className="mt-6">
            <OtpForm
              codeHint="6 digits; a new one appears every 30 seconds."
              submitLabel="Turn on two-step sign-in"
              pendingLabel="Checking…"
              pending={enable.isPending}
              error={enable.error?.message}
              onSubmit={({ otp }) =>
                enable.mutate({ otp }, { onSuccess: (result) => setRecoveryCodes(result.recoveryCodes) })
              }
            />
          </div>
        </div>
      );
    }
    return (
      <div>
        <FormAlert message={setup.error?.message} />
        <Button onClick={() => setup.mutate()} disabled={setup.isPending}>
          {setup.isPending ? 'Preparing…' : 'Set up two-step sign-in'}
        </Button>
      </div>
    );
  }

  return (
    <AccountSection
      title="Two-step sign-in"
      description="Besides your password, sign-in asks for a code from an app on your phone, so your password alone is not enough."
    >
      {content()}
    </AccountSection>
  );
}
