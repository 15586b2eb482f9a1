import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { VideoPreview } from './VideoPreview';
import { VideoEditToolbar } from './VideoEditToolbar';
import { VideoInputs } from './VideoInputs';

/** Everything but the key, which messages and cards refer to. Deleting asks first. */
export const VideoEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<VideoEditToolbar />}>
      <Labeled>
        <TextField source="key" />
      </Labeled>
      <VideoInputs />
      <VideoPreview />
    </SimpleForm>
  </Edit>
);
