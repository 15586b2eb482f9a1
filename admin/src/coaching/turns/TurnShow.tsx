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
      <Labeled>
        <TextField source="errorCode" emptyText="—" />
      </Labeled>
      <Labeled>
        <TextField source="message" emptyText="—" />
      </Labeled>
      <Labeled>
        <TextField source="buttonId" emptyText="—" />
      </Labeled>
    </Box>
    <Box sx={fieldRow}>
      <Labeled>
        <TextField source="model" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="latencyMs" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="ttftMs" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="inputTokens" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="outputTokens" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="cachedTokens" emptyText="—" />
      </Labeled>
      <Labeled>
        <NumberField source="reasoningTokens" emptyText="—" />
      </Labeled>
    </Box>
    <Box sx={fieldRow}>
      <Labeled>
        <DateField source="createdAt" showTime />
      </Labeled>
      <Labeled>
        <DateField source="startedAt" showTime emptyText="—" />
      </Labeled>
      <Labeled>
        <DateField source="finishedAt" showTime emptyText="—" />
      </Labeled>
      <Labeled>
        <DateField source="leaseExpiresAt" showTime emptyText="—" />
      </Labeled>
      <Labeled label="resources.turns.fields.promptVersionIds">
        <FunctionField<Turn>
          render={(turn) => (turn.promptVersionIds.length > 0 ? turn.promptVersionIds.join(', ') : '—')}
        />
      </Labeled>
    </Box>
  </Show>
);
