import ReplayIcon from '@mui/icons-material/Replay';
import { useRecordContext } from 'react-admin';
import { RecordActionButton } from '../common/RecordActionButton';
import { canRetryEmail, type EmailSummary } from './types';

export interface RetryEmailButtonProps {
  /** In list rows: show nothing, rather than a disabled button, for emails that need no retry. */
  onlyWhenRetryable?: boolean;
}

/** Puts a failed email (or one stuck sending for 15 minutes) back in line. */
export const RetryEmailButton = ({ onlyWhenRetryable = false }: RetryEmailButtonProps) => {
  const email = useRecordContext<EmailSummary>();
  if (!email || (onlyWhenRetryable && !canRetryEmail(email))) {
    return null;
  }
  return (
    <RecordActionButton
      path="/api/v1/admin/emails/{id}/retry"
      label="devcoach.emails.retry"
      successMessage="devcoach.emails.retried"
      icon={<ReplayIcon />}
      disabled={!canRetryEmail(email)}
      describe={() => email.toAddress}
    />
  );
};
