import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

const colors = {
  pending: 'info',
  sending: 'info',
  retrying: 'warning',
  sent: 'success',
  logged: 'success',
  failed: 'error',
} as const;

export const EmailStatusField = (props: FieldProps) => (
  <EnumChipField {...props} source="status" labelPrefix="devcoach.emails.status" colors={colors} />
);
