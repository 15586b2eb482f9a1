import type { ReactElement } from 'react';
import { Box } from '@mui/material';
import {
  DateField,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  TextField,
  TopToolbar,
  WrapperField,
} from 'react-admin';
import { ClientField } from '../ClientField';
import { FailTurnButton } from './FailTurnButton';
import { StuckChip, TurnStatusField } from './TurnFields';
import type { Turn } from './types';

const TurnShowActions = () => (
  <TopToolbar>
    <FailTurnButton />
  </TopToolbar>
);

const fieldRow = { display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, p: 2 } as const;

type TurnSource = Extract<keyof Turn, string>;

// Most of the page is plain labelled values, so they are listed by source, not spelled out.
const labelled = (sources: TurnSource[], field: (source: TurnSource) => ReactElement) =>
  sources.map((source) => <Labeled key={source}>{field(source)}</Labeled>);
const texts = (sources: TurnSource[]) =>
  labelled(sources, (source) => <TextField source={source} emptyText="—" />);
const numbers = (sources: TurnSource[]) =>
  labelled(sources, (source) => <NumberField source={source} emptyText="—" />);
const times = (sources: TurnSource[]) =>
  labelled(sources, (source) => <DateField source={source} showTime emptyText="—" />);

/** One turn: who, what was asked, how long it took, what it used, and how it ended. */
export const TurnShow = () => (
  <Show actions={<TurnShowActions />}>
    <Box sx={fieldRow}>
      <Labeled>
        <ClientField />
      </Labeled>
      <Labeled label="resources.turns.fields.status">
        <WrapperField>
          <TurnStatusField />
          <StuckChip />
        </WrapperField>
      </Labeled>
      {texts(['errorCode', 'message', 'buttonId'])}
    </Box>
    <Box sx={fieldRow}>
      {texts(['model'])}
      {numbers(['latencyMs', 'ttftMs', 'inputTokens', 'outputTokens', 'cachedTokens', 'reasoningTokens'])}
    </Box>
    <Box sx={fieldRow}>
      {times(['createdAt', 'startedAt', 'finishedAt', 'leaseExpiresAt'])}
      <Labeled label="resources.turns.fields.promptVersionIds">
        <FunctionField<Turn>
          render={(turn) => (turn.promptVersionIds.length > 0 ? turn.promptVersionIds.join(', ') : '—')}
        />
      </Labeled>
    </Box>
  </Show>
);
