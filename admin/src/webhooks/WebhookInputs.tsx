import { CheckboxGroupInput, maxLength, required, TextInput } from 'react-admin';
import { webhookEventChoices } from './types';

const validateUrl = [required(), maxLength(2048)];
const validateEvents = [required('devcoach.webhooks.events_required')];

/** The two things a receiver is: where events go, and which ones. */
export const WebhookInputs = () => (
  <>
    <TextInput
      source="url"
      resource="webhooks"
      type="url"
      validate={validateUrl}
      helperText="devcoach.webhooks.url_help"
      fullWidth
    />
    <CheckboxGroupInput
      source="events"
      resource="webhooks"
      choices={webhookEventChoices}
      row={false}
      validate={validateEvents}
    />
  </>
);
