import {
  Create,
  email,
  maxLength,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  usePermissions,
  useRedirect,
} from 'react-admin';
import type { Role } from '../providers/authProvider';
import { roleChoices, type User } from './types';

const validateEmail = [required(), email(), maxLength(320)];
const validateName = maxLength(100);

/**
 * Creates an account without a password; the API emails an invitation to choose one. Staff
 * create client accounts; only superusers may pick another role (the API enforces the same).
 */
export const UserCreate = () => {
  const { permissions } = usePermissions<Role>();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      mutationOptions={{
        onSuccess: (user: User) => {
          notify('devcoach.users.created', { type: 'success', messageArgs: { email: user.email } });
          redirect('list', 'users');
        },
      }}
    >
      <SimpleForm defaultValues={{ role: 'user' }} sx={{ maxWidth: 640 }}>
        <TextInput
          source="email"
          type="email"
          validate={validateEmail}
          helperText="devcoach.users.create_help"
        />
        <TextInput source="firstName" validate={validateName} />
        <TextInput source="lastName" validate={validateName} />
        {permissions === 'superuser' ? <SelectInput source="role" choices={roleChoices} /> : null}
      </SimpleForm>
    </Create>
  );
};
