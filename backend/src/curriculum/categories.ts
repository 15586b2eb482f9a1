// Life areas, in brainstorming order. Stored values: never rename one that shipped.
export const IDENTITY_CATEGORIES = [
  'passions_and_talents',
  'maker_of_money',
  'keeper_of_money',
  'spiritual',
  'personal_appearance',
  'physical_expression',
  'familial_relations',
  'romantic_relation',
  'doer_of_things',
] as const;

export type IdentityCategory = (typeof IDENTITY_CATEGORIES)[number];

export interface CategoryInfo {
  label: string;
  description: string;
  /** Whether several identities are expected here (the coach keeps asking "anything else?"). */
  severalExpected: boolean;
}

export const CATEGORY_INFO: Readonly<Record<IdentityCategory, CategoryInfo>> = {
  passions_and_talents: {
    label: 'Passions and talents',
    description: 'What you love doing and what you are naturally good at.',
    severalExpected: true,
  },
  maker_of_money: {
    label: 'Maker of money',
    description: 'How you earn: your work, craft, business or career.',
    severalExpected: false,
  },
  keeper_of_money: {
    label: 'Keeper of money',
    description: 'How you save, spend, invest and look after what you earn.',
    severalExpected: false,
  },
  spiritual: {
    label: 'Spiritual',
    description: 'Faith, meaning, values and your connection to something larger.',
    severalExpected: false,
  },
  personal_appearance: {
    label: 'Personal appearance',
    description: 'How you present yourself: style, grooming, the way you carry yourself.',
    severalExpected: false,
  },
  physical_expression: {
    label: 'Physical expression',
    description: 'Your body in motion: sport, fitness, dance, health.',
    severalExpected: false,
  },
  familial_relations: {
    label: 'Familial relations',
    description: 'Who you are to your family: parent, sibling, child, relative.',
    severalExpected: true,
  },
  romantic_relation: {
    label: 'Romantic relation',
    description: 'Who you are as a partner, or who you want to be in love.',
    severalExpected: false,
  },
  doer_of_things: {
    label: 'Doer of things',
    description: 'Everything else you do: projects, community, the roles that get things done.',
    severalExpected: false,
  },
};

export const isIdentityCategory = (value: unknown): value is IdentityCategory =>
  typeof value === 'string' && (IDENTITY_CATEGORIES as readonly string[]).includes(value);

/** The category brainstorming moves to after `category`, skipping none; null after the last. */
export const nextCategory = (category: IdentityCategory): IdentityCategory | null =>
  IDENTITY_CATEGORIES[IDENTITY_CATEGORIES.indexOf(category) + 1] ?? null;
