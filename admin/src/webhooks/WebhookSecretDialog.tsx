import { OneTimeSecretDialog } from '../common/OneTimeSecretDialog';

export interface WebhookSecretDialogProps {
  /** The secret; the dialog is open while it is set. */
  secret: string | undefined;
  url: string;
  /** After a rotation: until when the old secret still signs (a localised date). */
  until?: string;
  onClose: () => void;
}

const created = {
  title: 'devcoach.webhooks.secret_title',
  intro: 'devcoach.webhooks.secret_intro',
  label: 'devcoach.webhooks.secret_label',
  usage: 'devcoach.webhooks.secret_usage',
  done: 'devcoach.webhooks.secret_done',
};
const rotated = {
  ...created,
  title: 'devcoach.webhooks.rotated_title',
  intro: 'devcoach.webhooks.rotated_intro',
};

/** A receiver's signing secret, shown once (on creation and after each rotation). */
export const WebhookSecretDialog = ({ secret, url, until, onClose }: WebhookSecretDialogProps) => (
  <OneTimeSecretDialog
    secret={secret}
    texts={until ? rotated : created}
    args={{ url, until: until ?? '' }}
    onClose={onClose}
  />
);
