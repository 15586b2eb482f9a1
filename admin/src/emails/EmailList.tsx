import {
  Datagrid,
  DateField,
  List,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { EmailStatusField } from './EmailStatusField';
import { RetryEmailButton } from './RetryEmailButton';
import { type EmailSummary, emailStatusChoices, emailTemplateChoices } from './types';

const emailFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={emailStatusChoices} />,
  <SelectInput key="template" source="template" choices={emailTemplateChoices} />,
];

// Sortable on the server: createdAt, status, toAddress, template, sentAt (admin-emails.service.ts).
export const EmailList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={emailFilters} exporter={false}>
      {isSmall ? (
        <SimpleList<EmailSummary>
          primaryText={(email) => email.subject}
          secondaryText={(email) => email.toAddress}
          tertiaryText={(email) => translate(`devcoach.emails.status.${email.status}`)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <DateField source="createdAt" showTime />
          <TextField source="toAddress" />
          <TextField source="subject" sortable={false} />
          <SelectField source="template" choices={emailTemplateChoices} />
          <EmailStatusField source="status" />
          <NumberField source="attempts" sortable={false} />
          <DateField source="sentAt" showTime emptyText="—" />
          <RetryEmailButton onlyWhenRetryable />
        </Datagrid>
      )}
    </List>
  );
};
