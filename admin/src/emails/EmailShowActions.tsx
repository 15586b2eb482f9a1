import { ListButton, TopToolbar } from 'react-admin';
import { RetryEmailButton } from './RetryEmailButton';

export const EmailShowActions = () => (
  <TopToolbar>
    <ListButton />
    <RetryEmailButton />
  </TopToolbar>
);
