import {
  Create,
  email,
  maxLength,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
} from 'react-admin';
import { roleChoices } from '../users/types';
import type { Invite } from './types';

const validateEmail = [required(), email(), maxLength(320)];
const validateRole = required();

/** Invite someone by email: the link works once, for seven days, and lands them verified. */
export const InviteCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      mutationOptions={{
        onSuccess: (invite: Invite) => {
          notify('devcoach.invites.created', { type: 'success', messageArgs: { email: invite.email } });
          redirect('list', 'invites');
        },
      }}
    >
      <SimpleForm defaultValues={{ role: 'user' }} sx={{ maxWidth: 640 }}>
        <TextInput
          source="email"
          type="email"
          validate={validateEmail}
          helperText="devcoach.invites.create_help"
        />
        <SelectInput source="role" choices={roleChoices} validate={validateRole} />
      </SimpleForm>
    </Create>
  );
};
