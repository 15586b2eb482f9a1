// Job queues (counts, failed jobs, retry) for <Resource name="jobs" {...jobs} />.
export { default as icon } from '@mui/icons-material/WorkHistory';
export { JobList as list } from './JobList';
