// Prompt versions (staff) for <Resource name="prompts" {...prompts} />.
export { default as icon } from '@mui/icons-material/Notes';
export { PromptCreate as create } from './PromptCreate';
export { PromptList as list } from './PromptList';
export { PromptShow as show } from './PromptShow';
export { promptRepresentation as recordRepresentation } from './types';
