import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import type { components } from '@dev-coach/api-client';
import type { ReactNode } from 'react';
import { Button, Loading, Title, useCreatePath, useGetList, useGetOne, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { categoryChoices, identityStateChoices, phaseChoices } from '../coaching/choices';
import { when } from '../coaching/dates';
import type { ActionLog, CoachState, Identity, Message, Note } from '../coaching/types';
import type { TestScenario } from '../test-scenarios/types';
import { type User, userRepresentation } from '../users/types';
import { ChatHistory } from './ChatHistory';
import { FreezeClientForm } from './FreezeClientForm';
import { TestUserComposer } from './TestUserComposer';

type UsageRow = components['schemas']['AdminUsageRowDto'];

/** A titled card; while its data loads it shows a progress bar instead of "None". */
const Section = ({
  title,
  pending = false,
  children,
}: {
  title: string;
  pending?: boolean;
  children: ReactNode;
}) => (
  <Card variant="outlined" component="section">
    <CardContent>
      <Typography component="h2" variant="h6" gutterBottom>
        {title}
      </Typography>
      {pending ? <LinearProgress aria-label={title} /> : children}
    </CardContent>
  </Card>
);

const useLabel = (choices: { id: string; name: string }[]) => {
  const translate = useTranslate();
  return (id: string | null | undefined) => {
    const choice = choices.find((candidate) => candidate.id === id);
    return choice ? translate(choice.name) : (id ?? '—');
  };
};

const None = () => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('devcoach.client_view.none')}</Typography>;
};

const StateSection = ({
  state,
  identities,
  pending,
}: {
  state: CoachState | undefined;
  identities: Identity[];
  pending: boolean;
}) => {
  const translate = useTranslate();
  const phase = useLabel(phaseChoices);
  const category = useLabel(categoryChoices);
  const current = identities.find((identity) => identity.id === state?.currentIdentityId);
  const rows: [string, string][] = state
    ? [
        ['devcoach.client_view.phase', phase(state.currentPhase)],
        ['devcoach.client_view.focus', category(state.identityFocus)],
        ['devcoach.client_view.current_identity', current?.name ?? '—'],
        ['devcoach.client_view.safety_hold', state.safetyHold ? state.safetyHold.reason : '—'],
      ]
    : [];
  return (
    <Section title={translate('devcoach.client_view.state')} pending={pending}>
      {state ? (
        <Box
          component="dl"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}
        >
          {rows.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                {translate(label)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <None />
      )}
    </Section>
  );
};

const IdentitiesSection = ({ identities, pending }: { identities: Identity[]; pending: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const category = useLabel(categoryChoices);
  const state = useLabel(identityStateChoices);
  return (
    <Section title={translate('devcoach.client_view.identities')} pending={pending}>
      {identities.length === 0 ? (
        <None />
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {identities.map((identity) => (
            <Box component="li" key={identity.id}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                <Link to={createPath({ resource: 'identities', id: identity.id, type: 'show' })}>
                  {identity.name}
                </Link>
              </Typography>
              <Typography variant="body2">
                {category(identity.category)} · {state(identity.state)}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Section>
  );
};

const NotesSection = ({ notes, pending }: { notes: Note[]; pending: boolean }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('devcoach.client_view.notes')} pending={pending}>
      {notes.length === 0 ? (
        <None />
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {notes.map((note) => (
            <Typography component="li" variant="body2" key={note.id}>
              {note.text}
            </Typography>
          ))}
        </Box>
      )}
    </Section>
  );
};

const ActionsSection = ({ actions, pending }: { actions: ActionLog[]; pending: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Section title={translate('devcoach.client_view.actions')} pending={pending}>
      {actions.length === 0 ? (
        <None />
      ) : (
        <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {actions.map((action) => (
            <Box component="li" key={action.id}>
              <Typography variant="body2">
                <Link to={createPath({ resource: 'actions', id: action.id, type: 'show' })}>
                  {action.type}
                </Link>{' '}
                <Chip
                  size="small"
                  label={translate(`devcoach.coaching.action_status.${action.status}`)}
                  color={action.status === 'rejected' ? 'warning' : 'default'}
                  variant="outlined"
                />
              </Typography>
              <Typography variant="caption" component="p">
                {action.summary ?? ''} {when(action.createdAt)}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Section>
  );
};

const UsageSection = ({ userId, rows, pending }: { userId: string; rows: UsageRow[]; pending: boolean }) => {
  const translate = useTranslate();
  const csv = `/api/v1/admin/usage/export?${new URLSearchParams({ filter: JSON.stringify({ userId }) }).toString()}`;
  return (
    <Section title={translate('devcoach.client_view.usage')} pending={pending}>
      {rows.length === 0 ? (
        <None />
      ) : (
        <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {rows.map((row) => (
            <Typography component="li" variant="body2" key={`${row.day}-${row.model}`}>
              {row.day} · {row.model}:{' '}
              {translate('devcoach.client_view.calls', {
                calls: row.calls,
                tokens: row.totalTokens,
                cost: `$${row.costUsd.toFixed(4)}`,
              })}
            </Typography>
          ))}
        </Stack>
      )}
      <Button label="devcoach.client_view.usage_csv" href={csv} sx={{ mt: 1 }}>
        <DownloadIcon />
      </Button>
    </Section>
  );
};

// Every list names its sort: react-admin's default (`id`) is not one the API sorts by.
const byUser = (userId: string, field = 'createdAt', order: 'ASC' | 'DESC' = 'ASC') => ({
  filter: { userId },
  pagination: { page: 1, perPage: 100 },
  sort: { field, order },
});

/**
 * "Open as client": what the client sees (their chat, cards included, display-only) and what the
 * coach knows about them, on one read-only page. A test user's page adds a composer, so staff can
 * chat as them; a real client's page offers to freeze their data into a scenario instead.
 */
export const ClientViewPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const user = useGetOne<User>('users', { id });
  const scenario = useGetList<TestScenario>('test-scenarios', {
    filter: { testUserId: id },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'updatedAt', order: 'DESC' },
  });
  const state = useGetList<CoachState>('coach-states', byUser(id));
  const messages = useGetList<Message>('messages', {
    ...byUser(id),
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const identities = useGetList<Identity>('identities', {
    ...byUser(id),
    sort: { field: 'createdAt', order: 'ASC' },
  });
  const notes = useGetList<Note>('notes', byUser(id));
  const actions = useGetList<ActionLog>('actions', {
    filter: { userId: id },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const usage = useGetList<UsageRow & { id: string }>('usage', {
    filter: { userId: id },
    pagination: { page: 1, perPage: 30 },
    sort: { field: 'day', order: 'DESC' },
  });

  if (user.isPending) {
    return <Loading loadingSecondary="devcoach.client_view.loading" />;
  }
  if (user.error || !user.data) {
    return <Alert severity="error">{user.error?.message ?? translate('ra.page.not_found')}</Alert>;
  }
  const name = userRepresentation(user.data);
  const testScenario = scenario.data?.[0];
  const history = [...(messages.data ?? [])].reverse();
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('devcoach.client_view.title', { name })} />
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
          <Link to={createPath({ resource: 'users', id, type: 'edit' })}>{user.data.email}</Link>
        </Typography>
        {testScenario ? (
          <Chip
            color="secondary"
            component={Link}
            to={createPath({ resource: 'test-scenarios', id: testScenario.id, type: 'show' })}
            clickable
            label={`${translate('devcoach.client_view.test_user_of')}: ${testScenario.name}`}
          />
        ) : (
          <Chip variant="outlined" label={translate('devcoach.client_view.real_client')} />
        )}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Section title={translate('devcoach.client_view.chat')} pending={messages.isPending}>
            <ChatHistory messages={history} />
            {testScenario ? <TestUserComposer userId={id} /> : null}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <StateSection
              state={state.data?.[0]}
              identities={identities.data ?? []}
              pending={state.isPending || identities.isPending}
            />
            <IdentitiesSection identities={identities.data ?? []} pending={identities.isPending} />
            <NotesSection notes={notes.data ?? []} pending={notes.isPending} />
            <ActionsSection actions={actions.data ?? []} pending={actions.isPending} />
            <UsageSection userId={id} rows={usage.data ?? []} pending={usage.isPending} />
            {scenario.isPending || testScenario ? null : (
              <Section title={translate('devcoach.client_view.freeze')}>
                <FreezeClientForm
                  userId={id}
                  defaultName={`${name} — ${new Date().toISOString().slice(0, 10)}`}
                />
              </Section>
            )}
          </Stack>
        </Grid>
      </Grid>
    </Box>
  );
};
