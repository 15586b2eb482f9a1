import {
  Datagrid,
  DateField,
  EmailField,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { roleChoices } from '../users/types';
import { InviteRowActions } from './InviteRowActions';
import { InviteStatusField } from './InviteStatusField';
import { type Invite, inviteStatusChoices } from './types';

const inviteFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={inviteStatusChoices} />,
];

// Sortable on the server: createdAt, email, expiresAt (invites.service.ts).
export const InviteList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={inviteFilters}>
      {isSmall ? (
        <SimpleList<Invite>
          primaryText={(invite) => invite.email}
          secondaryText={(invite) => new Date(invite.createdAt).toLocaleDateString()}
          tertiaryText={(invite) => translate(`devcoach.invites.status.${invite.status}`)}
          linkType={false}
        />
      ) : (
        <Datagrid rowClick={false} bulkActionButtons={false}>
          <EmailField source="email" />
          <SelectField source="role" choices={roleChoices} sortable={false} />
          <InviteStatusField source="status" sortable={false} />
          <ReferenceField source="invitedById" reference="users" link="edit" sortable={false} emptyText="—" />
          <DateField source="createdAt" showTime />
          <DateField source="expiresAt" showTime />
          <DateField source="acceptedAt" showTime emptyText="—" sortable={false} />
          <InviteRowActions />
        </Datagrid>
      )}
    </List>
  );
};
