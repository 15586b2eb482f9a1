import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SimpleList,
  TextField,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { formatDuration, kindChoices, sessionChoices, type Video } from './types';

const videoFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="session" source="session" choices={sessionChoices} />,
  <SelectArrayInput key="kind" source="kind" choices={kindChoices} />,
];

// Sortable on the server: key, title, session, durationSeconds, createdAt, updatedAt.
export const VideoList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'key', order: 'ASC' }} perPage={25} filters={videoFilters} exporter={false}>
      {isSmall ? (
        <SimpleList<Video>
          primaryText={(video) => video.title}
          secondaryText={(video) =>
            `${translate(`devcoach.videos.session.${video.session}`)} · ${translate(`devcoach.videos.kind.${video.kind}`)}`
          }
          tertiaryText={(video) => formatDuration(video.durationSeconds)}
          linkType="edit"
        />
      ) : (
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <TextField source="key" />
          <TextField source="title" />
          <SelectField source="session" choices={sessionChoices} />
          <SelectField source="kind" choices={kindChoices} sortable={false} />
          <FunctionField<Video>
            source="durationSeconds"
            render={(video) => formatDuration(video.durationSeconds)}
          />
          <FunctionField<Video>
            source="captionsUrl"
            sortable={false}
            render={(video) =>
              translate(video.captionsUrl ? 'devcoach.videos.has_captions' : 'devcoach.videos.no_captions')
            }
          />
          <DateField source="updatedAt" showTime />
        </Datagrid>
      )}
    </List>
  );
};
