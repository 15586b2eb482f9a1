import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Box, Chip, Typography } from '@mui/material';
import {
  Button,
  Datagrid,
  DateField,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { LatestEvaluation } from '../evals/LatestEvaluation';
import { ActivatePromptButton } from './ActivatePromptButton';
import { PromptActiveField } from './PromptActiveField';
import { PromptPreviewPanel } from './PromptPreviewPanel';
import { draftFrom } from './PromptCreate';
import type { PromptVersion } from './types';

const PromptShowActions = () => {
  const prompt = useRecordContext<PromptVersion>();
  const createPath = useCreatePath();
  if (!prompt) {
    return null;
  }
  const newVersion = `${createPath({ resource: 'prompts', type: 'create' })}?source=${encodeURIComponent(
    JSON.stringify(draftFrom(prompt)),
  )}`;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <Button component={Link} to={newVersion} label="devcoach.prompts.new_version">
        <EditNoteIcon />
      </Button>
      <Button
        component={Link}
        to={`${createPath({ resource: 'prompts', id: prompt.id, type: 'edit' })}/diff`}
        label="devcoach.prompts.compare"
      >
        <CompareArrowsIcon />
      </Button>
      <ActivatePromptButton />
    </TopToolbar>
  );
};

const AllowedActions = () => {
  const prompt = useRecordContext<PromptVersion>();
  const translate = useTranslate();
  if (!prompt || prompt.kind !== 'phase') {
    return null;
  }
  return (
    <Labeled label="resources.prompts.fields.allowedActions">
      <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, p: 0, m: 0, listStyle: 'none' }}>
        {prompt.allowedActions.length === 0 ? (
          <Typography variant="body2">{translate('devcoach.prompts.no_actions')}</Typography>
        ) : (
          prompt.allowedActions.map((action) => (
            <li key={action}>
              <Chip size="small" label={action} sx={{ fontFamily: 'monospace' }} />
            </li>
          ))
        )}
      </Box>
    </Labeled>
  );
};

const Body = () => {
  const prompt = useRecordContext<PromptVersion>();
  if (!prompt) {
    return null;
  }
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label="Template text"
      sx={{
        m: 0,
        p: 2,
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontSize: 13,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        maxHeight: 480,
        overflowY: 'auto',
      }}
    >
      {prompt.body}
    </Box>
  );
};

/** One version: its text and actions; its key's history; a preview as a client would get it. */
export const PromptShow = () => (
  <Show actions={<PromptShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="devcoach.prompts.tab_version">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
          <Labeled>
            <TextField source="key" sx={{ fontFamily: 'monospace' }} />
          </Labeled>
          <Labeled>
            <NumberField source="version" />
          </Labeled>
          <Labeled>
            <PromptActiveField source="isActive" />
          </Labeled>
          <Labeled>
            <ReferenceField source="authorId" reference="users" link={false} emptyText="Dev Coach (seed)" />
          </Labeled>
          <Labeled>
            <DateField source="createdAt" showTime />
          </Labeled>
          <LatestEvaluation />
        </Box>
        <Labeled fullWidth>
          <TextField source="changeNote" emptyText="—" />
        </Labeled>
        <AllowedActions />
        <Labeled fullWidth label="resources.prompts.fields.body">
          <Body />
        </Labeled>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="devcoach.prompts.tab_history" path="history">
        <ReferenceManyField
          reference="prompts"
          target="key"
          source="key"
          sort={{ field: 'version', order: 'DESC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <NumberField source="version" />
            <PromptActiveField source="isActive" sortable={false} />
            <TextField source="changeNote" sortable={false} emptyText="—" />
            <DateField source="createdAt" showTime />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="devcoach.prompts.tab_preview" path="preview">
        <PromptPreviewPanel />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
