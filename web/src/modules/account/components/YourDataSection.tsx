import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useDeleteMyAccount, useExportMyData } from '@/modules/account/api/account';
import { AccountSection } from '@/modules/account/components/AccountSection';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { FormAlert } from '@/modules/auth/components/FormAlert';
import { FormField } from '@/modules/auth/components/FormField';
import { serverFieldErrors, serverFormMessage } from '@/modules/auth/lib/serverFieldErrors';
import { Button } from '@/modules/ui/components/Button';
import { Dialog, DialogClose } from '@/modules/ui/components/Dialog';

const SERVER_FIELDS = ['password', 'otp'] as const;

export function YourDataSection() {
  const exportData = useExportMyData();
  const [deleting, setDeleting] = useState(false);

  return (
    <AccountSection title="Your data">
      <div className="space-y-6">
        <div>
          <Button
            variant="secondary"
            onClick={() => exportData.mutate()}
            disabled={exportData.isPending}
            aria-describedby="export-hint"
          >
            {exportData.isPending ? 'Preparing your file…' : 'Download my data'}
          </Button>
          <p id="export-hint" className="mt-2 text-sm leading-relaxed text-ink-soft">
            One JSON file with everything tied to you: your profile, the whole conversation, your identities,
            what your coach remembers, and the record of your sign-ins.
          </p>
          <FormAlert message={exportData.error?.message} />
        </div>
        <div>
          <Button variant="danger" onClick={() => setDeleting(true)} aria-describedby="delete-hint">
            Delete my account…
          </Button>
          <p id="delete-hint" className="mt-2 text-sm leading-relaxed text-ink-soft">
            Removes your account and everything in it, straight away. It cannot be undone, so you may want to
            download your data first.
          </p>
        </div>
      </div>
      <DeleteAccountDialog open={deleting} onOpenChange={setDeleting} />
    </AccountSection>
  );
}

const schema = z.object({
  password: z.string().min(1, 'Enter your password.'),
  otp: z.string(),
});
type Values = z.infer<typeof schema>;

function DeleteAccountDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const id = useId();
  const me = useQuery(meQueryOptions());
  const remove = useDeleteMyAccount();
  const navigate = useNavigate();
  const needsCode = me.data?.twoFactorEnabled === true;
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', otp: '' } });
  const fromServer = serverFieldErrors(remove.error, SERVER_FIELDS);

  const submit = handleSubmit(({ password, otp }) => {
    remove.mutate(
      { password, ...(needsCode && otp.trim() ? { otp: otp.trim() } : {}) },
      { onSuccess: () => void navigate({ to: '/', replace: true }) },
    );
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        remove.reset();
        reset();
        onOpenChange(next);
      }}
      title="Delete your account?"
      description="Your account, conversation, identities and notes will be erased for good. Enter your password to confirm it is you."
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={serverFormMessage(remove.error, SERVER_FIELDS)} />
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <FormField
          id={`${id}-password`}
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message ?? fromServer.password}
          {...register('password')}
        />
        {needsCode ? (
          <FormField
            id={`${id}-otp`}
            label="Authenticator or recovery code"
            autoComplete="one-time-code"
            inputMode="text"
            error={errors.otp?.message ?? fromServer.otp}
            {...register('otp')}
          />
        ) : null}
        <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Keep my account</Button>
          </DialogClose>
          <Button type="submit" variant="danger" disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete everything'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
