import type { DemoRules } from 'src/demo-coach/demo-reply';
import type { JsonSchema } from 'src/ai/schema/json-schema';
import { type ActionType, isActionType } from 'src/curriculum/actions';

type ObjectSchema = Extract<JsonSchema, { type: 'object' }>;

const asObject = (schema: JsonSchema | undefined): ObjectSchema | null =>
  schema && 'type' in schema && schema.type === 'object' ? schema : null;

const enumOf = (schema: JsonSchema | undefined): string[] =>
  schema && 'type' in schema && schema.type === 'string' ? (schema.enum ?? []) : [];

/** True for the coach's `{ message, actions }` reply shape. */
export const isCoachReplySchema = (schema: JsonSchema): boolean => {
  const root = asObject(schema);
  const actions = root?.properties.actions;
  return Boolean(
    root?.properties.message &&
    'type' in root.properties.message &&
    root.properties.message.type === 'string' &&
    actions &&
    'type' in actions &&
    actions.type === 'array',
  );
};

/** Reads which actions (and transition targets) a coach reply schema offers. */
export const rulesFromSchema = (schema: JsonSchema): DemoRules => {
  const actions = asObject(schema)?.properties.actions;
  const items = actions && 'type' in actions && actions.type === 'array' ? actions.items : undefined;
  const options = items && 'anyOf' in items ? items.anyOf : items ? [items] : [];
  const allowed = new Set<ActionType>();
  let transitionTargets: Set<string> | null = null;
  for (const option of options) {
    const object = asObject(option);
    for (const type of enumOf(object?.properties.type)) {
      if (isActionType(type)) {
        allowed.add(type);
      }
      if (type === 'transition_phase') {
        const targets = enumOf(asObject(object?.properties.params)?.properties.to);
        transitionTargets = targets.length > 0 ? new Set(targets) : null;
      }
    }
  }
  return { allowed, transitionTargets };
};

/** The smallest value that satisfies a schema; the demo's answer to shapes it does not know. */
export const sampleFromSchema = (schema: JsonSchema, label: string): unknown => {
  if ('anyOf' in schema) {
    return schema.anyOf[0] ? sampleFromSchema(schema.anyOf[0], label) : null;
  }
  if ('anyValue' in schema) {
    return null;
  }
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        schema.required.flatMap((key) => {
          const property = schema.properties[key];
          return property ? [[key, sampleFromSchema(property, label)]] : [];
        }),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleFromSchema(schema.items, label));
    case 'string':
      return schema.enum?.[0] ?? label.padEnd(schema.minLength ?? 0, '.').slice(0, schema.maxLength);
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
  }
};
