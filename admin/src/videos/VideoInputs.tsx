import {
  maxLength,
  minValue,
  maxValue,
  NumberInput,
  number,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { kindChoices, sessionChoices } from './types';
import { mediaUrl } from './validation';

const validateUrl = [required(), maxLength(2000), mediaUrl];
const validateCaptions = [maxLength(2000), mediaUrl];
const validateDuration = [required(), number(), minValue(1), maxValue(86_400)];

/** The fields staff may change on a video (everything but its key). */
export const VideoInputs = () => (
  <>
    <SelectInput source="session" choices={sessionChoices} validate={required()} />
    <SelectInput
      source="kind"
      choices={kindChoices}
      validate={required()}
      helperText="devcoach.videos.kind_help"
    />
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
    <TextInput source="url" validate={validateUrl} fullWidth helperText="devcoach.videos.url_help" />
    <NumberInput source="durationSeconds" validate={validateDuration} min={1} step={1} />
    <TextInput
      source="captionsUrl"
      validate={validateCaptions}
      fullWidth
      helperText="devcoach.videos.captions_help"
    />
  </>
);
