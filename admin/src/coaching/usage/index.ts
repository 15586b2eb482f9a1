// Model usage and cost (staff) for <Resource name="usage" {...usage} />.
export { default as icon } from '@mui/icons-material/Paid';
export { UsageList as list } from './UsageList';
