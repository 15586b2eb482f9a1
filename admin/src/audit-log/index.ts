// The audit log (read-only, staff) for <Resource name="audit-log" {...auditLog} />.
export { default as icon } from '@mui/icons-material/History';
export { AuditLogList as list } from './AuditLogList';
export { auditEventRepresentation as recordRepresentation } from './types';
