import {
  DateField,
  EmailField,
  Labeled,
  NumberField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { Box } from '@mui/material';
import { EmailHtmlPreview } from './EmailHtmlPreview';
import { EmailShowActions } from './EmailShowActions';
import { EmailStatusField } from './EmailStatusField';
import { EmailTextPart } from './EmailTextPart';
import { emailTemplateChoices } from './types';

/** One outbox row: where it stands, and what the recipient sees. */
export const EmailShow = () => (
  <Show actions={<EmailShowActions />}>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2, pt: 2 }}>
      <Labeled>
        <EmailField source="toAddress" />
      </Labeled>
      <Labeled>
        <TextField source="subject" />
      </Labeled>
      <Labeled>
        <SelectField source="template" choices={emailTemplateChoices} />
      </Labeled>
      <Labeled>
        <EmailStatusField source="status" />
      </Labeled>
      <Labeled>
        <NumberField source="attempts" />
      </Labeled>
      <Labeled>
        <DateField source="createdAt" showTime />
      </Labeled>
      <Labeled>
        <DateField source="sentAt" showTime emptyText="—" />
      </Labeled>
      <Labeled>
        <TextField source="lastError" emptyText="—" />
      </Labeled>
    </Box>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="devcoach.emails.tab_html">
        <EmailHtmlPreview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="devcoach.emails.tab_text">
        <EmailTextPart />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
