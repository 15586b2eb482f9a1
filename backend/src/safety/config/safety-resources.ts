// Built-in support resources for the safety card, in our own words. Staff can replace or add a
// country's list with SAFETY_RESOURCES; `INTL` is the fallback for any country without a list.

export interface SafetyResource {
  name: string;
  phone: string | null;
  url: string | null;
  description: string | null;
}

export const INTERNATIONAL = 'INTL';

const EMERGENCY_ANYWHERE: SafetyResource = {
  name: 'Emergency services',
  phone: null,
  url: null,
  description:
    'If you might act on these thoughts or are in danger right now, call your local emergency number (for example 112, 911 or 999) or go to the nearest emergency department.',
};

const FIND_A_HELPLINE: SafetyResource = {
  name: 'Find A Helpline',
  phone: null,
  url: 'https://findahelpline.com',
  description:
    'A free directory of crisis lines by country, with phone, text and chat options. Pick your country to see who you can reach today.',
};

const BEFRIENDERS: SafetyResource = {
  name: 'Befrienders Worldwide',
  phone: null,
  url: 'https://befrienders.org',
  description:
    'Emotional support centres in many countries, where trained volunteers listen without judging.',
};

export const DEFAULT_SAFETY_RESOURCES: Record<string, SafetyResource[]> = {
  [INTERNATIONAL]: [EMERGENCY_ANYWHERE, FIND_A_HELPLINE, BEFRIENDERS],
  US: [
    { ...EMERGENCY_ANYWHERE, phone: '911', description: 'If you are in immediate danger, call 911.' },
    {
      name: '988 Suicide & Crisis Lifeline',
      phone: '988',
      url: 'https://988lifeline.org',
      description: 'Call or text 988, any time of day, to talk with someone trained to help.',
    },
    FIND_A_HELPLINE,
  ],
  CA: [
    { ...EMERGENCY_ANYWHERE, phone: '911', description: 'If you are in immediate danger, call 911.' },
    {
      name: '9-8-8 Suicide Crisis Helpline',
      phone: '988',
      url: 'https://988.ca',
      description: 'Call or text 988 to reach someone, day or night, in English or French.',
    },
    FIND_A_HELPLINE,
  ],
  GB: [
    { ...EMERGENCY_ANYWHERE, phone: '999', description: 'If you are in immediate danger, call 999.' },
    {
      name: 'Samaritans',
      phone: '116 123',
      url: 'https://www.samaritans.org',
      description:
        'Free to call, day or night, for anyone who is struggling. You do not have to be suicidal to call.',
    },
    FIND_A_HELPLINE,
  ],
  IE: [
    { ...EMERGENCY_ANYWHERE, phone: '112', description: 'If you are in immediate danger, call 112 or 999.' },
    {
      name: 'Samaritans Ireland',
      phone: '116 123',
      url: 'https://www.samaritans.org/ireland',
      description: 'Free to call, any time, to talk things through with a trained volunteer.',
    },
    FIND_A_HELPLINE,
  ],
  AU: [
    { ...EMERGENCY_ANYWHERE, phone: '000', description: 'If you are in immediate danger, call 000.' },
    {
      name: 'Lifeline Australia',
      phone: '13 11 14',
      url: 'https://www.lifeline.org.au',
      description: 'Crisis support by phone, text or chat, around the clock.',
    },
    FIND_A_HELPLINE,
  ],
};
