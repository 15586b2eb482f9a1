// Test scenarios (staff) for <Resource name="test-scenarios" {...testScenarios} />.
export { default as icon } from '@mui/icons-material/Science';
export { ScenarioCreate as create } from './ScenarioCreate';
export { ScenarioEdit as edit } from './ScenarioEdit';
export { ScenarioList as list } from './ScenarioList';
export { ScenarioShow as show } from './ScenarioShow';
export const recordRepresentation = 'name';
