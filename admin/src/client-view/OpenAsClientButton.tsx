import VisibilityIcon from '@mui/icons-material/Visibility';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { useClientViewPath } from './paths';

/** On a user's page: their chat and coaching data as the client sees them, read-only. */
export const OpenAsClientButton = () => {
  const record = useRecordContext();
  const clientViewPath = useClientViewPath();
  if (!record) {
    return null;
  }
  return (
    <Button
      component={Link}
      to={clientViewPath(String(record.id))}
      label="devcoach.client_view.open_as_client"
    >
      <VisibilityIcon />
    </Button>
  );
};
