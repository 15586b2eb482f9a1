import { Edit, SimpleForm } from 'react-admin';
import { WebhookInputs } from './WebhookInputs';

// The data provider PATCHes only what changed (URL, events); the secret and the enabled flag
// have buttons of their own on the receiver's page.
export const WebhookEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <WebhookInputs />
    </SimpleForm>
  </Edit>
);
