import { Create, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { VideoInputs } from './VideoInputs';
import { videoKey } from './validation';

const validateKey = [required(), maxLength(80), videoKey];

export const VideoCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="key" validate={validateKey} helperText="devcoach.videos.key_help" />
      <VideoInputs />
    </SimpleForm>
  </Create>
);
