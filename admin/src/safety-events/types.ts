import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

export type SafetyEvent = components['schemas']['SafetyEventDetailDto'] & RaRecord<string>;
export type SafetyEventSummary = components['schemas']['SafetyEventSummaryDto'] & RaRecord<string>;
export type SafetyEventStatus = SafetyEventSummary['status'];
export type SafetyEventSource = SafetyEventSummary['flaggedBy'];
export type ContextMessage = components['schemas']['SafetyContextMessageDto'];

export const safetyStatusChoices: { id: SafetyEventStatus; name: string }[] = [
  { id: 'open', name: 'devcoach.safety.status.open' },
  { id: 'resolved', name: 'devcoach.safety.status.resolved' },
];

export const safetySourceChoices: { id: SafetyEventSource; name: string }[] = [
  { id: 'classifier', name: 'devcoach.safety.source.classifier' },
  { id: 'moderation', name: 'devcoach.safety.source.moderation' },
  { id: 'both', name: 'devcoach.safety.source.both' },
];

/** The client's name, else their address, else a neutral word: the page title and the list row. */
export const clientOf = (event: Pick<SafetyEventSummary, 'userName' | 'userEmail'>): string =>
  event.userName ?? event.userEmail ?? 'a client';

export const safetyEventRepresentation = (event: SafetyEventSummary): string => clientOf(event);
