import {
  BooleanInput,
  Edit,
  maxLength,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  usePermissions,
} from 'react-admin';
import type { Role } from '../providers/authProvider';
import { UserAccountSummary } from './UserAccountSummary';
import { UserEditActions } from './UserEditActions';
import { UserEditToolbar } from './UserEditToolbar';
import { UserStudioPanel } from './UserStudioPanel';
import { roleChoices } from './types';

// react-admin turns an emptied text input into null; the API's name fields want a string.
const keepText = (value: string | null | undefined) => value ?? '';
const validateName = maxLength(100);
const validateRole = required();

/**
 * Names, active and (superusers only) role. Saving sends a PATCH with just the changed fields
 * (see dataProvider.update); API errors such as "you cannot change your own role" show up here.
 */
export const UserEdit = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <Edit mutationMode="pessimistic" actions={<UserEditActions />}>
      <SimpleForm toolbar={<UserEditToolbar />} sx={{ maxWidth: 640 }}>
        <UserAccountSummary />
        <TextInput source="firstName" parse={keepText} validate={validateName} />
        <TextInput source="lastName" parse={keepText} validate={validateName} />
        <BooleanInput source="isActive" helperText="devcoach.users.active_help" />
        <BooleanInput source="studioOverride" helperText="devcoach.users.studio_override_help" />
        {permissions === 'superuser' ? (
          <SelectInput
            source="role"
            choices={roleChoices}
            validate={validateRole}
            helperText="devcoach.users.role_help"
          />
        ) : null}
      </SimpleForm>
      <UserStudioPanel />
    </Edit>
  );
};
