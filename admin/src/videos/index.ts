// The session-video catalogue for <Resource name="videos" {...videos} />.
export { default as icon } from '@mui/icons-material/OndemandVideo';
export { VideoCreate as create } from './VideoCreate';
export { VideoEdit as edit } from './VideoEdit';
export { VideoList as list } from './VideoList';
export { videoRepresentation as recordRepresentation } from './types';
