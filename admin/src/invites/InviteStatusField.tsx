import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

const colors = { pending: 'info', accepted: 'success', revoked: 'error', expired: 'default' } as const;

export const InviteStatusField = (props: FieldProps) => (
  <EnumChipField {...props} source="status" labelPrefix="devcoach.invites.status" colors={colors} />
);
