import {
  BooleanField,
  Datagrid,
  DateField,
  List,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  useTranslate,
} from 'react-admin';
import { phaseChoices } from '../coaching/choices';
import { LabelledRowCheckboxes } from '../common/LabelledRowCheckboxes';
import { useIsSmall } from '../common/useIsSmall';
import { BulkVerifyButtons } from './BulkVerifyButtons';
import { roleChoices, type User } from './types';

const yesNoChoices = (yes: string, no: string) => [
  { id: 'true', name: yes },
  { id: 'false', name: no },
];

// Filter keys are the API's (`q`, `role`, `active`, `verified`, `testUser`, `phase`); react-admin
// keeps them in the URL, so a filtered view can be bookmarked.
const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <SelectInput
    key="active"
    source="active"
    choices={yesNoChoices('devcoach.users.filter_active', 'devcoach.users.filter_inactive')}
  />,
  <SelectInput
    key="verified"
    source="verified"
    choices={yesNoChoices('devcoach.users.filter_verified', 'devcoach.users.filter_unverified')}
  />,
  <SelectInput
    key="testUser"
    source="testUser"
    choices={yesNoChoices('devcoach.users.filter_test_users', 'devcoach.users.filter_real_users')}
  />,
  <SelectArrayInput key="phase" source="phase" choices={phaseChoices} />,
];

// Only these columns are sortable on the server (admin-users.service.ts); the rest are not.
export const UserList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={userFilters}>
      {isSmall ? (
        <SimpleList<User>
          primaryText={(user) => [user.firstName, user.lastName].join(' ').trim() || user.email}
          secondaryText={(user) => user.email}
          tertiaryText={(user) => translate(`devcoach.roles.${user.role}`)}
          linkType="edit"
        />
      ) : (
        <LabelledRowCheckboxes>
          <Datagrid rowClick="edit" bulkActionButtons={<BulkVerifyButtons />}>
            {/* Plain text, not a mailto: link, so clicking the address opens the account like the rest of the row. */}
            <TextField source="email" />
            <TextField source="firstName" />
            <TextField source="lastName" />
            <SelectField source="role" choices={roleChoices} />
            <BooleanField source="isActive" sortable={false} />
            <BooleanField source="emailVerified" sortable={false} />
            <DateField source="lastLoginAt" showTime emptyText="—" />
            <DateField source="createdAt" showTime />
          </Datagrid>
        </LabelledRowCheckboxes>
      )}
    </List>
  );
};
