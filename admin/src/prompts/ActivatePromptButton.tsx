import PublishIcon from '@mui/icons-material/Publish';
import { useRecordContext } from 'react-admin';
import { RecordActionButton } from '../common/RecordActionButton';
import { type PromptVersion, promptRepresentation } from './types';

/** Makes this version the one clients get: a roll-out for a new version, a rollback for an old one. */
export const ActivatePromptButton = () => {
  const prompt = useRecordContext<PromptVersion>();
  if (!prompt) {
    return null;
  }
  return (
    <RecordActionButton
      path="/api/v1/admin/prompts/{id}/activate"
      label="devcoach.prompts.activate"
      successMessage="devcoach.prompts.activated"
      icon={<PublishIcon />}
      disabled={prompt.isActive}
      describe={(record) => promptRepresentation(record as PromptVersion)}
    />
  );
};
