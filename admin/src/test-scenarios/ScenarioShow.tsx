import PersonAddIcon from '@mui/icons-material/PersonAdd';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import {
  Button,
  DeleteButton,
  EditButton,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { phaseChoices } from '../coaching/choices';
import { when } from '../coaching/dates';
import type { Role } from '../providers/authProvider';
import { useClientViewPath } from '../client-view/paths';
import { instantiateScenario, resetTestUser, useAdminMutation } from './api';
import { documentOf, type TestScenario, type TestUser } from './types';

const InstantiateButton = () => {
  const scenario = useRecordContext<TestScenario>();
  const mutation = useAdminMutation(instantiateScenario, {
    resources: ['test-scenarios', 'users'],
    success: (user) => ({ message: 'devcoach.scenarios.instantiated', args: { name: user.name } }),
  });
  if (!scenario) {
    return null;
  }
  return (
    <Button
      label="devcoach.scenarios.instantiate"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate(scenario.id)}
    >
      <PersonAddIcon />
    </Button>
  );
};

const ShowActions = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <TopToolbar>
      <InstantiateButton />
      <EditButton />
      {/* Deleting is a superuser route in the API. */}
      {permissions === 'superuser' ? <DeleteButton mutationMode="pessimistic" /> : null}
    </TopToolbar>
  );
};

const TestUserRow = ({ scenarioId, user }: { scenarioId: string; user: TestUser }) => {
  const translate = useTranslate();
  const clientViewPath = useClientViewPath();
  const reset = useAdminMutation(() => resetTestUser(scenarioId, user.userId), {
    resources: ['test-scenarios', 'messages', 'identities', 'coach-states', 'notes'],
    success: () => ({ message: 'devcoach.scenarios.reset_done', args: { name: user.name } }),
  });
  return (
    <ListItem
      disableGutters
      sx={{ flexWrap: 'wrap', gap: 1, borderBottom: 1, borderColor: 'divider' }}
      secondaryAction={undefined}
    >
      <ListItemText
        primary={user.name}
        secondary={`${user.email} · ${translate('devcoach.scenarios.reset_at', { when: when(user.resetAt) })}`}
        sx={{ minWidth: 220, wordBreak: 'break-word' }}
      />
      <Stack direction="row" spacing={1}>
        <Button
          component={Link}
          to={clientViewPath(user.userId)}
          label="devcoach.scenarios.open"
          variant="outlined"
        >
          <VisibilityIcon />
        </Button>
        <Button
          label="devcoach.scenarios.reset"
          disabled={reset.isPending}
          onClick={() => reset.mutate(undefined)}
        >
          <RestartAltIcon />
        </Button>
      </Stack>
    </ListItem>
  );
};

const TestUsers = () => {
  const scenario = useRecordContext<TestScenario>();
  const translate = useTranslate();
  if (!scenario) {
    return null;
  }
  return (
    <Box>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('devcoach.scenarios.test_users_heading')}
      </Typography>
      {scenario.testUsers.length === 0 ? (
        <Typography variant="body2">{translate('devcoach.scenarios.no_test_users')}</Typography>
      ) : (
        <List dense disablePadding>
          {scenario.testUsers.map((user) => (
            <TestUserRow key={user.userId} scenarioId={scenario.id} user={user} />
          ))}
        </List>
      )}
    </Box>
  );
};

const DocumentView = () => {
  const scenario = useRecordContext<TestScenario>();
  const translate = useTranslate();
  if (!scenario) {
    return null;
  }
  return (
    <Box>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('devcoach.scenarios.document')}
      </Typography>
      <Box
        component="pre"
        // Wrapped, not scrolled: a long line must not widen the page on a phone.
        sx={{
          m: 0,
          p: 1,
          fontSize: 13,
          bgcolor: 'action.hover',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {JSON.stringify(documentOf(scenario), null, 2)}
      </Box>
    </Box>
  );
};

/** A scenario: what it sets up, its test users (open, reset) and the document itself. */
export const ScenarioShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="description" emptyText="—" />
      <Labeled label="resources.test-scenarios.fields.state.phase">
        <SelectField source="state.phase" choices={phaseChoices} />
      </Labeled>
      <TestUsers />
      <DocumentView />
    </SimpleShowLayout>
  </Show>
);
