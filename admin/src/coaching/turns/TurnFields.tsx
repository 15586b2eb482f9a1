import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EnumChipField } from '../../common/EnumChipField';
import type { Turn } from './types';

export const TurnStatusField = () => (
  <EnumChipField
    source="status"
    labelPrefix="devcoach.coaching.turn_status"
    colors={{ done: 'success', failed: 'error', streaming: 'info', queued: 'default' }}
  />
);

/** Marks a turn that is still "running" although its process is gone. */
export const StuckChip = () => {
  const turn = useRecordContext<Turn>();
  const translate = useTranslate();
  return turn?.stuck ? (
    <Chip size="small" color="warning" label={translate('devcoach.coaching.stuck')} />
  ) : null;
};
