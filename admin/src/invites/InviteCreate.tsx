import { Card, CardContent } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  email,
  Form,
  maxLength,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  Toolbar,
  useDataProvider,
  useNotify,
  useRedirect,
} from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { OneTimeSecretDialog } from '../common/OneTimeSecretDialog';
import { roleChoices } from '../users/types';
import type { CreatedInvite, NewInvite } from './types';

const validateEmail = [required(), email(), maxLength(320)];
const validateRole = required();

const linkTexts = {
  title: 'devcoach.invites.link_title',
  intro: 'devcoach.invites.link_intro',
  label: 'devcoach.invites.link_label',
  usage: 'devcoach.invites.link_usage',
  done: 'devcoach.invites.link_done',
};

/**
 * Invite someone by email: the link works once, for seven days, and lands them verified. When the
 * server keeps mail in the outbox, the API returns the link once and it is shown here to pass on.
 * The request goes straight to the data provider (not react-admin's create), so the link never
 * lands in the shared query cache.
 */
export const InviteCreate = () => {
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ email: string; link: string }>();

  const done = (address: string) => {
    notify('devcoach.invites.created', { type: 'success', messageArgs: { email: address } });
    redirect('list', 'invites');
  };

  const create = useMutation({
    mutationFn: (values: NewInvite) =>
      dataProvider.create<NewInvite, CreatedInvite>('invites', { data: values }),
    onSuccess: ({ data }) => {
      void queryClient.invalidateQueries({ queryKey: ['invites'] });
      if (data.link) {
        setCreated({ email: data.email, link: data.link });
      } else {
        done(data.email);
      }
    },
  });

  const submit = async (values: Record<string, unknown>) => {
    try {
      await create.mutateAsync({
        email: typeof values.email === 'string' ? values.email.trim() : '',
        role: values.role as NewInvite['role'],
      });
      return undefined;
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    }
  };

  return (
    <>
      <Title title="resources.invites.page.create" />
      <Card sx={{ mt: 2, maxWidth: 640 }}>
        <Form onSubmit={submit} defaultValues={{ email: '', role: 'user' }}>
          <CardContent>
            <TextInput
              source="email"
              resource="invites"
              type="email"
              validate={validateEmail}
              helperText="devcoach.invites.create_help"
              fullWidth
            />
            <SelectInput source="role" resource="invites" choices={roleChoices} validate={validateRole} />
          </CardContent>
          <Toolbar>
            <SaveButton />
          </Toolbar>
        </Form>
      </Card>
      <OneTimeSecretDialog
        secret={created?.link}
        texts={linkTexts}
        args={{ email: created?.email ?? '' }}
        onClose={() => {
          const address = created?.email ?? '';
          setCreated(undefined);
          done(address);
        }}
      />
    </>
  );
};
