import { ACTION_SPECS, type ActionType } from 'src/curriculum/actions';
import { nextPhase, type Phase } from 'src/curriculum/phases';

const signature = (type: ActionType): string => {
  const params = Object.keys(ACTION_SPECS[type].params);
  return `${type} {${params.join(', ')}}`;
};

/**
 * The generated section after the phase body: how to answer and what each allowed action
 * does. Generated rather than authored so it always matches the schema the model is given.
 */
export const actionInstructions = (actions: readonly ActionType[], phase: Phase): string => {
  const next = nextPhase(phase);
  const lines = [
    '## How to answer',
    'Answer with one JSON object: {"message": "...", "actions": [...]}.',
    '"message" is what the client reads. "actions" are the changes to make, applied in the order you list them; use [] when nothing changes.',
    'Every action needs all of its params. Use identity ids exactly as listed above; never invent one.',
    '"safety_concern" is "" unless the client may be at risk of harming themselves or of harm from someone: then one short sentence on why. Raise it even when unsure; a person checks.',
  ];
  if (next && actions.includes('transition_phase')) {
    lines.push(
      `Use transition_phase only once this phase's goal is met, only to "${next}", and always as the last action.`,
    );
  }
  lines.push('', '## Actions you may take in this phase');
  lines.push(
    ...(actions.length > 0
      ? actions.map((type) => `- ${signature(type)}: ${ACTION_SPECS[type].description}`)
      : ['- none: answer with "actions": [].']),
  );
  return lines.join('\n');
};
