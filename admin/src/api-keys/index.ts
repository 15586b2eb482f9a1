// The API keys resource (superusers) for <Resource name="api-keys" {...apiKeys} />.
export { default as icon } from '@mui/icons-material/VpnKey';
export { ApiKeyCreate as create } from './ApiKeyCreate';
export { ApiKeyEdit as edit } from './ApiKeyEdit';
export { ApiKeyList as list } from './ApiKeyList';
export { apiKeyRepresentation as recordRepresentation } from './types';
