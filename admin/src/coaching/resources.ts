// The coaching-data resources, for <Resource name="turns" {...coaching.turns} /> and so on.
export * as actions from './actions';
export * as breaks from './breaks';
export * as coachStates from './coach-states';
export * as identities from './identities';
export * as messages from './messages';
export * as notes from './notes';
export * as turns from './turns';
export * as usage from './usage';
