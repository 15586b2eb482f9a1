import { OneTimeSecretDialog } from '../common/OneTimeSecretDialog';

export interface ApiKeySecretDialogProps {
  /** The new key; the dialog is open while it is set. */
  secret: string | undefined;
  name: string;
  onClose: () => void;
}

const texts = {
  title: 'devcoach.api_keys.secret_title',
  intro: 'devcoach.api_keys.secret_intro',
  label: 'devcoach.api_keys.secret_label',
  usage: 'devcoach.api_keys.secret_usage',
  done: 'devcoach.api_keys.secret_done',
};

/** A new API key's secret, shown once: the API stores only a fingerprint of it. */
export const ApiKeySecretDialog = ({ secret, name, onClose }: ApiKeySecretDialogProps) => (
  <OneTimeSecretDialog secret={secret} texts={texts} args={{ name }} onClose={onClose} />
);
