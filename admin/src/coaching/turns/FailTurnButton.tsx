import BlockIcon from '@mui/icons-material/Block';
import { useRecordContext } from 'react-admin';
import { RecordActionButton } from '../../common/RecordActionButton';
import type { Turn } from './types';

/** Only queued or streaming turns can be failed; the API answers 409 for finished ones. */
export const FailTurnButton = () => {
  const turn = useRecordContext<Turn>();
  if (!turn || (turn.status !== 'queued' && turn.status !== 'streaming')) {
    return null;
  }
  return (
    <RecordActionButton
      path="/api/v1/admin/turns/{id}/fail"
      label="devcoach.coaching.fail_turn"
      successMessage="devcoach.coaching.turn_failed"
      icon={<BlockIcon />}
    />
  );
};
