import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

const statusColors = { open: 'error', resolved: 'success' } as const;

export const SafetyEventStatusField = (props: FieldProps) => (
  <EnumChipField {...props} source="status" labelPrefix="devcoach.safety.status" colors={statusColors} />
);

export const SafetyEventSourceField = (props: FieldProps) => (
  <EnumChipField {...props} source="flaggedBy" labelPrefix="devcoach.safety.source" />
);
