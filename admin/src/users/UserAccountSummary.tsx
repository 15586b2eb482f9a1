import { Box } from '@mui/material';
import { BooleanField, DateField, EmailField, Labeled, SelectField } from 'react-admin';
import { roleChoices } from './types';

/** Read-only facts about the account at the top of the edit form. */
export const UserAccountSummary = () => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, mb: 2 }}>
    <Labeled>
      <EmailField source="email" />
    </Labeled>
    <Labeled>
      <SelectField source="role" choices={roleChoices} />
    </Labeled>
    <Labeled>
      <BooleanField source="emailVerified" />
    </Labeled>
    <Labeled>
      <BooleanField source="hasPassword" />
    </Labeled>
    <Labeled>
      <BooleanField source="twoFactorEnabled" />
    </Labeled>
    <Labeled>
      <DateField source="lastLoginAt" showTime emptyText="—" />
    </Labeled>
    <Labeled>
      <DateField source="createdAt" showTime />
    </Labeled>
  </Box>
);
