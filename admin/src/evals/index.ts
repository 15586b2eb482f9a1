// Stored evaluation reports for <Resource name="evals" {...evals} />.
export { default as icon } from '@mui/icons-material/FactCheck';
export { EvalList as list } from './EvalList';
export { EvalShow as show } from './EvalShow';
export { evalRepresentation as recordRepresentation } from './types';
