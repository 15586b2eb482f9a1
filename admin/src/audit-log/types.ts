import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

export type AuditEvent = components['schemas']['AuditEventResponseDto'] & RaRecord<string>;

export const auditEventRepresentation = (event: Pick<AuditEvent, 'action'>): string => event.action;
