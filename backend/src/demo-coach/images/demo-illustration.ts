import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { ImageSubject } from 'src/ai/images/image.types';
import { CATEGORY_INFO, type IdentityCategory, isIdentityCategory } from 'src/curriculum/categories';

// The offline studio's illustrator: a flat, poster-like scene drawn as SVG from the identity's
// name, category and scene, then rasterised by sharp. Everything that varies comes from the
// words the client wrote (mood, setting, clothing, appearance, refine instructions) or from a
// PRNG seeded by a hash of the subject, so the same subject always gives the same bytes.

export const DEMO_IMAGE_SIZE = 1024;

export type Setting = 'meadow' | 'mountains' | 'city' | 'beach' | 'forest' | 'indoors';
export type Light = 'dawn' | 'day' | 'golden' | 'dusk' | 'night' | 'calm';
export type Pose = 'relaxed' | 'celebrate' | 'confident' | 'wave';

/** Everything the drawing depends on; exposed so tests can check what an instruction changed. */
export interface IllustrationPlan {
  name: string;
  categoryLabel: string;
  category: IdentityCategory | null;
  setting: Setting;
  light: Light;
  /** −2 (cool) … +3 (very warm): shifts the whole palette. */
  warmth: number;
  /** −2 … +2: overall brightness. */
  brightness: number;
  pose: Pose;
  /** 1 is the usual framing; closer instructions grow the figure. */
  scale: number;
  clothing: string;
  trousers: string;
  skin: string;
  hair: string;
  hairStyle: 'short' | 'long' | 'bun' | 'curly';
  glasses: boolean;
  beard: boolean;
  edits: string[];
  seed: number;
}

type Rgb = [number, number, number];

const hexToRgb = (hex: string): Rgb => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};
const rgbToHex = ([r, g, b]: Rgb): string =>
  `#${[r, g, b]
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
/** `a` moved towards `b` by t ∈ [0, 1]. */
const mix = (a: string, b: string, t: number): string => {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  return rgbToHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
};

const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const n = (value: number): string => (Math.round(value * 10) / 10).toString();

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

// ---- reading the client's words ---------------------------------------------------------------

const has = (text: string, pattern: RegExp): boolean => pattern.test(text);

const SETTING_WORDS: [Setting, RegExp][] = [
  ['indoors', /\b(indoors?|inside|home|room|office|studio|kitchen|desk|library|caf[eé]|gym|stage)\b/i],
  ['city', /\b(city|urban|street|downtown|skyline|rooftop|town)\b/i],
  ['beach', /\b(beach|sea|ocean|coast|shore|lake|seaside|waves?)\b/i],
  ['mountains', /\b(mountains?|hills?|peak|summit|hik(e|ing)|alps)\b/i],
  ['forest', /\b(forest|woods|woodland|trees|jungle)\b/i],
  ['meadow', /\b(outdoors?|outside|nature|park|garden|meadow|field|countryside|open air)\b/i],
];

const LIGHT_WORDS: [Light, RegExp][] = [
  ['night', /\b(night|starry|stars|moon(lit)?|midnight)\b/i],
  ['dusk', /\b(dusk|evening|twilight|reflective|thoughtful|quiet|wise)\b/i],
  ['dawn', /\b(dawn|sunrise|morning|hopeful|fresh|new beginning)\b/i],
  ['golden', /\b(golden|sunset|confident|proud|powerful|bold|determined|successful)\b/i],
  ['calm', /\b(calm|peaceful|serene|relaxed|gentle|grounded|content)\b/i],
  ['day', /\b(day(light)?|sunny|bright|joyful|happy|cheerful|playful|energetic|vibrant|excited)\b/i],
];

const COLOUR_WORDS: [RegExp, string][] = [
  [/\bnavy\b/i, '#26355d'],
  [/\b(red|crimson|scarlet)\b/i, '#c8423b'],
  [/\b(burgundy|maroon|wine)\b/i, '#7d2a3c'],
  [/\bpink\b/i, '#e58aa8'],
  [/\b(orange|rust)\b/i, '#e07a35'],
  [/\b(yellow|mustard)\b/i, '#e7b63b'],
  [/\bgold(en)?\b/i, '#c9a043'],
  [/\b(green|olive|emerald)\b/i, '#3f8a5a'],
  [/\b(teal|turquoise)\b/i, '#2b8c8c'],
  [/\bblue\b/i, '#3569b5'],
  [/\b(purple|violet|lilac)\b/i, '#7a56a8'],
  [/\b(brown|tan|camel)\b/i, '#8a5a3b'],
  [/\b(beige|cream)\b/i, '#d8c7a6'],
  [/\bwhite\b/i, '#f1efe9'],
  [/\b(grey|gray|charcoal)\b/i, '#5c6168'],
  [/\bblack\b/i, '#25262b'],
  [/\b(suit|blazer|tuxedo)\b/i, '#2d3a5c'],
  [/\b(dress|gown)\b/i, '#9b3d6a'],
  [/\b(sport|athletic|running|gym|training)\b/i, '#2f7fd0'],
];

const HAIR_WORDS: [RegExp, string][] = [
  [/\b(grey|gray|silver|white)[- ]hair/i, '#b9b6b0'],
  [/\b(blond|blonde|fair)[- ]?hair/i, '#d9b464'],
  [/\b(red|ginger|auburn)[- ]?hair/i, '#a44a22'],
  [/\b(black)[- ]?hair/i, '#1e1a18'],
  [/\b(brown|brunette|dark)[- ]?hair/i, '#4a3022'],
  [/\bblond(e)?\b/i, '#d9b464'],
  [/\bredhead\b/i, '#a44a22'],
];

const SKIN_TONES = ['#f2d2bd', '#e8b894', '#c98e66', '#a86b45', '#7a4b2e', '#f0c9a5'];
const HAIR_TONES = ['#2a1d17', '#4a3022', '#6b4428', '#1e1a18', '#8a5a35', '#3b2a20'];
const ACCENTS = ['#3d6fb6', '#c0504d', '#3f8a5a', '#7a56a8', '#d07a2d', '#2b8c8c'];

const CATEGORY_SETTING: Record<IdentityCategory, Setting> = {
  passions_and_talents: 'indoors',
  maker_of_money: 'city',
  keeper_of_money: 'indoors',
  spiritual: 'mountains',
  personal_appearance: 'city',
  physical_expression: 'meadow',
  familial_relations: 'meadow',
  romantic_relation: 'beach',
  doer_of_things: 'meadow',
};

const lastMatch = <T>(texts: string[], table: [T, RegExp][]): T | null => {
  let found: T | null = null;
  for (const text of texts) {
    for (const [value, pattern] of table) {
      if (pattern.test(text)) {
        found = value;
        break;
      }
    }
  }
  return found;
};

const firstColour = (text: string): string | null => {
  for (const [pattern, colour] of COLOUR_WORDS) {
    if (pattern.test(text)) {
      return colour;
    }
  }
  return null;
};

/** Reads the subject into a plan; later words (refine instructions) win over earlier ones. */
export const planIllustration = (subject: ImageSubject): IllustrationPlan => {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([subject.identityName, subject.category, subject.scene, subject.appearance ?? null]),
    )
    .digest();
  const seed = hash.readUInt32BE(0);
  const pick = <T>(list: readonly T[], offset: number): T => list[hash[offset % hash.length] % list.length];

  const category = isIdentityCategory(subject.category) ? subject.category : null;
  const scene = subject.scene;
  const instructions = (subject.instructions ?? []).map((text) => text.trim()).filter(Boolean);
  // Scene first, instructions after, so "outdoors" in a refine beats "office" in the scene.
  const texts = [scene.mood, scene.setting, scene.extraPrompt, ...instructions].filter(
    (text): text is string => !!text,
  );
  const appearance = subject.appearance ?? '';

  const setting =
    lastMatch(
      [scene.setting, scene.extraPrompt, ...instructions].filter((t): t is string => !!t),
      SETTING_WORDS,
    ) ?? (category ? CATEGORY_SETTING[category] : pick(['meadow', 'city', 'beach'] as const, 1));
  const light = lastMatch(texts, LIGHT_WORDS) ?? pick(['day', 'golden', 'dawn', 'calm'] as const, 2);

  let warmth = 0;
  let brightness = 0;
  let scale = 1;
  for (const text of instructions) {
    if (has(text, /\b(warm(er|th)?|golden|cosy|cozy|sunset)\b/i)) {
      warmth += 1;
    }
    if (has(text, /\b(cool(er)?|cold(er)?|blue(r)?|crisp)\b/i)) {
      warmth -= 1;
    }
    if (has(text, /\b(bright(er)?|light(er)?|sunn(y|ier)|vivid)\b/i) && !has(text, /\bwarm/i)) {
      brightness += 1;
    }
    if (has(text, /\b(dark(er)?|dim(mer)?|moody|shadow)/i)) {
      brightness -= 1;
    }
    if (has(text, /\b(closer|close[- ]?up|zoom(ed)? in|bigger|larger|portrait)\b/i)) {
      scale += 0.18;
    }
    if (has(text, /\b(further|farther|wider|zoom(ed)? out|smaller|full[- ]body)\b/i)) {
      scale -= 0.15;
    }
  }
  warmth = Math.max(-2, Math.min(3, warmth));
  brightness = Math.max(-2, Math.min(2, brightness));
  scale = Math.max(0.75, Math.min(1.4, scale));

  const moodText = [scene.mood, ...instructions].filter(Boolean).join(' ');
  let pose: Pose =
    category === 'physical_expression' ? 'celebrate' : category === 'familial_relations' ? 'wave' : 'relaxed';
  if (has(moodText, /\b(joy(ful)?|happy|celebrat\w*|energetic|excited|triumph\w*|free)\b/i)) {
    pose = 'celebrate';
  }
  if (has(moodText, /\b(confident|proud|powerful|strong|bold|determined|leader)\b/i)) {
    pose = 'confident';
  }
  if (has(moodText, /\b(calm|peaceful|serene|relaxed|gentle)\b/i)) {
    pose = 'relaxed';
  }
  if (has(moodText, /\b(wav(e|ing)|greet\w*|welcom\w*)\b/i)) {
    pose = 'wave';
  }

  // Clothing: the scene's words, then any colour a refine names for the outfit.
  let clothing = firstColour(scene.clothing ?? '') ?? pick(ACCENTS, 3);
  for (const text of instructions) {
    if (has(text, /\b(wear\w*|shirt|jacket|dress|suit|outfit|clothes|top|coat|sweater|hoodie)\b/i)) {
      clothing = firstColour(text) ?? clothing;
    }
  }
  const trousers = has(scene.clothing ?? '', /\b(jeans|denim)\b/i)
    ? '#3b4f73'
    : mix(clothing, '#22252d', 0.6);

  const hair = lastMatch(
    [appearance, ...instructions],
    HAIR_WORDS.map(([pattern, colour]) => [colour, pattern] as [string, RegExp]),
  );
  const hairStyle = has(appearance, /\bcurl(y|s)\b|\bafro\b/i)
    ? 'curly'
    : has(appearance, /\bbun\b/i)
      ? 'bun'
      : has(appearance, /\blong[- ]hair|\blong\b/i)
        ? 'long'
        : has(appearance, /\bshort[- ]hair|\bbald\b|\bshaved\b/i)
          ? 'short'
          : pick(['short', 'long', 'curly', 'bun'] as const, 5);

  let skin = pick(SKIN_TONES, 6);
  if (has(appearance, /\b(pale|fair|light)[- ]skin/i)) {
    skin = SKIN_TONES[0]!;
  }
  if (has(appearance, /\bolive[- ]skin/i)) {
    skin = SKIN_TONES[1]!;
  }
  if (has(appearance, /\b(tan(ned)?|brown)[- ]skin/i)) {
    skin = SKIN_TONES[2]!;
  }
  if (has(appearance, /\b(dark|black)[- ]skin/i)) {
    skin = SKIN_TONES[4]!;
  }

  return {
    name: subject.identityName.trim() || 'Your identity',
    categoryLabel: category ? CATEGORY_INFO[category].label : subject.category.replace(/_/g, ' '),
    category,
    setting,
    light,
    warmth,
    brightness,
    pose,
    scale,
    clothing,
    trousers,
    skin,
    hair: hair ?? pick(HAIR_TONES, 7),
    hairStyle,
    glasses: has([appearance, ...instructions].join(' '), /\b(glasses|spectacles)\b/i),
    beard: has(appearance, /\b(beard|bearded|moustache|mustache)\b/i),
    edits: instructions,
    seed,
  };
};

// ---- palette ----------------------------------------------------------------------------------

interface Palette {
  skyTop: string;
  skyMid: string;
  skyLow: string;
  sun: string;
  far: string;
  near: string;
  ground: string;
  accent: string;
  ink: string;
}

const BASE_PALETTES: Record<Light, Palette> = {
  dawn: {
    skyTop: '#7f8fd1',
    skyMid: '#f2a7b5',
    skyLow: '#ffd9b0',
    sun: '#fff1c9',
    far: '#b58db8',
    near: '#7e9c7c',
    ground: '#5f8a62',
    accent: '#e8707f',
    ink: '#2e2a3d',
  },
  day: {
    skyTop: '#4f9be0',
    skyMid: '#8cc6f0',
    skyLow: '#d9f0fb',
    sun: '#fff6c4',
    far: '#8fb8a8',
    near: '#6fae6a',
    ground: '#4f9256',
    accent: '#f0a33a',
    ink: '#1f3147',
  },
  golden: {
    skyTop: '#e3874c',
    skyMid: '#f5b65b',
    skyLow: '#ffe3a0',
    sun: '#fff2c2',
    far: '#c98a5c',
    near: '#a7874a',
    ground: '#7d6b3a',
    accent: '#b8462e',
    ink: '#3a2415',
  },
  dusk: {
    skyTop: '#34306b',
    skyMid: '#a05a86',
    skyLow: '#f29a74',
    sun: '#ffd3a1',
    far: '#5c4a7a',
    near: '#3f4d6b',
    ground: '#2f3b52',
    accent: '#f2b25c',
    ink: '#1d1b33',
  },
  night: {
    skyTop: '#0f1634',
    skyMid: '#232e63',
    skyLow: '#45508a',
    sun: '#f4f1da',
    far: '#2a3563',
    near: '#1f2a4d',
    ground: '#182240',
    accent: '#f5d76e',
    ink: '#0c1024',
  },
  calm: {
    skyTop: '#6fb3b8',
    skyMid: '#a9d8d0',
    skyLow: '#eef5e4',
    sun: '#fffbe8',
    far: '#9cc2b0',
    near: '#7fae93',
    ground: '#5f947a',
    accent: '#e3896b',
    ink: '#1f3a3a',
  },
};

// Warmer light walks the picture along the day towards golden hour, cooler back towards a clear
// blue day: each step is one whole, harmonious palette, where tinting would turn colours muddy.
const WARMER: Record<Light, Light> = {
  night: 'dusk',
  dusk: 'golden',
  calm: 'dawn',
  day: 'dawn',
  dawn: 'golden',
  golden: 'golden',
};
const COOLER: Record<Light, Light> = {
  golden: 'dawn',
  dawn: 'day',
  day: 'calm',
  calm: 'calm',
  dusk: 'night',
  night: 'night',
};

/** The light after the refine's warmth steps, and how far past the chain's end it was pushed. */
export const effectiveLight = (plan: IllustrationPlan): { light: Light; beyond: number } => {
  let light = plan.light;
  let beyond = 0;
  for (let step = 0; step < Math.abs(plan.warmth); step += 1) {
    const next = plan.warmth > 0 ? WARMER[light] : COOLER[light];
    if (next === light) {
      beyond += 1;
    }
    light = next;
  }
  return { light, beyond };
};

const paletteFor = (plan: IllustrationPlan): Palette => {
  const { light, beyond } = effectiveLight(plan);
  const base = BASE_PALETTES[light];
  const shift = (key: keyof Palette): string => {
    let out = base[key];
    if (beyond > 0) {
      out = mix(out, plan.warmth > 0 ? '#ff9a3c' : '#5b8fe0', Math.min(0.3, 0.12 * beyond));
    }
    if (plan.brightness > 0) {
      out = mix(out, '#ffffff', 0.16 * plan.brightness);
    }
    if (plan.brightness < 0) {
      out = mix(out, '#10121c', -0.2 * plan.brightness);
    }
    return out;
  };
  return {
    skyTop: shift('skyTop'),
    skyMid: shift('skyMid'),
    skyLow: shift('skyLow'),
    sun: shift('sun'),
    far: shift('far'),
    near: shift('near'),
    ground: shift('ground'),
    accent: base.accent,
    ink: base.ink,
  };
};

// ---- shapes -----------------------------------------------------------------------------------

const HORIZON = 640;
const FEET = 830;

/** A smooth ridge across the canvas through seeded heights. */
const ridge = (
  random: () => number,
  baseY: number,
  amplitude: number,
  points: number,
  bottom: number,
): string => {
  const step = DEMO_IMAGE_SIZE / (points - 1);
  const ys = Array.from({ length: points }, () => baseY - random() * amplitude);
  let d = `M0 ${n(bottom)} L0 ${n(ys[0])}`;
  for (let i = 1; i < points; i += 1) {
    const x0 = (i - 1) * step;
    const x1 = i * step;
    d += ` C${n(x0 + step / 2)} ${n(ys[i - 1])} ${n(x1 - step / 2)} ${n(ys[i])} ${n(x1)} ${n(ys[i])}`;
  }
  return `${d} L${DEMO_IMAGE_SIZE} ${n(bottom)} Z`;
};

const sparkle = (x: number, y: number, r: number, fill: string, opacity = 0.9): string =>
  `<path d="M${n(x)} ${n(y - r)} Q${n(x + r * 0.18)} ${n(y - r * 0.18)} ${n(x + r)} ${n(y)} Q${n(x + r * 0.18)} ${n(y + r * 0.18)} ${n(x)} ${n(y + r)} Q${n(x - r * 0.18)} ${n(y + r * 0.18)} ${n(x - r)} ${n(y)} Q${n(x - r * 0.18)} ${n(y - r * 0.18)} ${n(x)} ${n(y - r)} Z" fill="${fill}" opacity="${opacity}"/>`;

const heart = (x: number, y: number, s: number, fill: string, opacity = 0.9): string =>
  `<path d="M${n(x)} ${n(y + s * 0.9)} C${n(x - s * 1.4)} ${n(y)} ${n(x - s * 0.7)} ${n(y - s * 0.9)} ${n(x)} ${n(y - s * 0.3)} C${n(x + s * 0.7)} ${n(y - s * 0.9)} ${n(x + s * 1.4)} ${n(y)} ${n(x)} ${n(y + s * 0.9)} Z" fill="${fill}" opacity="${opacity}"/>`;

const note = (x: number, y: number, s: number, fill: string): string =>
  `<g fill="${fill}" opacity="0.85"><ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(s * 0.55)}" ry="${n(s * 0.4)}" transform="rotate(-20 ${n(x)} ${n(y)})"/><rect x="${n(x + s * 0.42)}" y="${n(y - s * 2)}" width="${n(s * 0.14)}" height="${n(s * 2)}"/><path d="M${n(x + s * 0.5)} ${n(y - s * 2)} q${n(s * 0.7)} ${n(s * 0.3)} ${n(s * 0.6)} ${n(s * 1.1)} q${n(-s * 0.1)} ${n(-s * 0.5)} ${n(-s * 0.6)} ${n(-s * 0.6)} Z"/></g>`;

const badge = (x: number, y: number, r: number, fill: string): string =>
  `<g><circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}" opacity="0.92"/><path d="M${n(x - r * 0.45)} ${n(y + r * 0.02)} L${n(x - r * 0.1)} ${n(y + r * 0.38)} L${n(x + r * 0.5)} ${n(y - r * 0.35)}" fill="none" stroke="#ffffff" stroke-width="${n(r * 0.22)}" stroke-linecap="round" stroke-linejoin="round"/></g>`;

const gear = (x: number, y: number, r: number, fill: string): string => {
  const teeth = Array.from({ length: 8 }, (_, i) => {
    const angle = (i * 45 * Math.PI) / 180;
    const tx = x + Math.cos(angle) * r * 0.95;
    const ty = y + Math.sin(angle) * r * 0.95;
    return `<rect x="${n(tx - r * 0.18)}" y="${n(ty - r * 0.18)}" width="${n(r * 0.36)}" height="${n(r * 0.36)}" rx="${n(r * 0.06)}" transform="rotate(${i * 45} ${n(tx)} ${n(ty)})"/>`;
  }).join('');
  return `<g fill="${fill}" opacity="0.8">${teeth}<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.8)}"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.32)}" fill="#ffffff" opacity="0.85"/></g>`;
};

const coins = (x: number, y: number, count: number, fill: string): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<ellipse cx="${n(x)}" cy="${n(y - i * 14)}" rx="34" ry="11" fill="${fill}" stroke="${mix(fill, '#5a3d0a', 0.45)}" stroke-width="3"/>`,
  ).join('');

// ---- the scene --------------------------------------------------------------------------------

const sky = (plan: IllustrationPlan, palette: Palette, random: () => number): string => {
  const light = effectiveLight(plan).light;
  const parts: string[] = [`<rect width="1024" height="1024" fill="url(#sky)"/>`];
  if (light === 'night') {
    for (let i = 0; i < 70; i += 1) {
      parts.push(
        `<circle cx="${n(random() * 1024)}" cy="${n(random() * 520)}" r="${n(0.8 + random() * 2.2)}" fill="#ffffff" opacity="${n(0.4 + random() * 0.6)}"/>`,
      );
    }
  }
  const sunX = 180 + random() * 660;
  const sunY = light === 'golden' || light === 'dusk' ? 520 : 230 + random() * 120;
  const sunR = light === 'night' ? 46 : 74;
  parts.push(`<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${n(sunR * 3.4)}" fill="url(#glow)"/>`);
  parts.push(`<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${sunR}" fill="${palette.sun}"/>`);
  if (light === 'night') {
    parts.push(`<circle cx="${n(sunX + 20)}" cy="${n(sunY - 12)}" r="${sunR}" fill="${palette.skyMid}"/>`);
  }
  if (light !== 'night' && plan.setting !== 'indoors') {
    for (let i = 0; i < 3; i += 1) {
      const cx = 120 + random() * 780;
      const cy = 140 + random() * 220;
      const w = 90 + random() * 80;
      parts.push(
        `<g fill="#ffffff" opacity="0.78"><ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(w)}" ry="${n(w * 0.28)}"/><ellipse cx="${n(cx - w * 0.35)}" cy="${n(cy - w * 0.12)}" rx="${n(w * 0.45)}" ry="${n(w * 0.32)}"/><ellipse cx="${n(cx + w * 0.2)}" cy="${n(cy - w * 0.22)}" rx="${n(w * 0.5)}" ry="${n(w * 0.4)}"/></g>`,
      );
    }
  }
  return parts.join('');
};

const landscape = (plan: IllustrationPlan, palette: Palette, random: () => number): string => {
  const parts: string[] = [];
  switch (plan.setting) {
    case 'mountains': {
      const peaks = 5;
      // Far range first, with snow on its peaks; the nearer range in front of it.
      for (let layer = 0; layer < 2; layer += 1) {
        const colour = layer === 0 ? palette.far : mix(palette.far, palette.near, 0.6);
        const caps: string[] = [];
        let d = `M0 ${HORIZON + 40}`;
        for (let i = 0; i <= peaks; i += 1) {
          const x = (i / peaks) * 1024 + (random() - 0.5) * 80;
          const top = HORIZON - 150 - random() * 170 + layer * 90;
          d += ` L${n(x - 90)} ${n(HORIZON + 20)} L${n(x)} ${n(top)} L${n(x + 90)} ${n(HORIZON + 20)}`;
          if (layer === 0) {
            // The cap follows the peak's slopes (90 across for the peak's height) down 60 px.
            const half = (90 / (HORIZON + 20 - top)) * 60;
            caps.push(
              `<path d="M${n(x)} ${n(top)} L${n(x - half)} ${n(top + 60)} L${n(x - half / 3)} ${n(top + 48)} L${n(x + half / 4)} ${n(top + 62)} L${n(x + half)} ${n(top + 60)} Z" fill="#ffffff" opacity="0.85"/>`,
            );
          }
        }
        parts.push(`<path d="${d} L1024 ${HORIZON + 40} L1024 1024 L0 1024 Z" fill="${colour}"/>`, ...caps);
      }
      parts.push(`<path d="${ridge(random, HORIZON + 70, 50, 5, 1024)}" fill="${palette.near}"/>`);
      parts.push(`<path d="${ridge(random, FEET - 40, 30, 4, 1024)}" fill="${palette.ground}"/>`);
      break;
    }
    case 'city': {
      parts.push(`<path d="${ridge(random, HORIZON, 30, 6, 1024)}" fill="${palette.far}" opacity="0.7"/>`);
      let x = -20;
      while (x < 1024) {
        const w = 60 + random() * 70;
        const h = 140 + random() * 260;
        const top = HORIZON + 40 - h;
        const colour = mix(palette.far, palette.ink, 0.35 + random() * 0.25);
        parts.push(
          `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h + 400)}" fill="${colour}"/>`,
        );
        for (let wy = top + 18; wy < HORIZON + 20; wy += 30) {
          for (let wx = x + 12; wx < x + w - 14; wx += 22) {
            if (random() > 0.45) {
              parts.push(
                `<rect x="${n(wx)}" y="${n(wy)}" width="10" height="14" fill="${['night', 'dusk'].includes(effectiveLight(plan).light) ? '#ffd98a' : '#e9f2fb'}" opacity="${n(0.45 + random() * 0.45)}"/>`,
              );
            }
          }
        }
        x += w + 6 + random() * 14;
      }
      parts.push(
        `<rect x="0" y="${HORIZON + 40}" width="1024" height="400" fill="${mix(palette.ground, '#8b8f96', 0.55)}"/>`,
      );
      parts.push(
        `<rect x="0" y="${FEET - 10}" width="1024" height="200" fill="${mix(palette.ground, '#b7b9bd', 0.55)}"/>`,
      );
      break;
    }
    case 'beach': {
      const sea = mix(palette.skyTop, '#1f7fa8', 0.55);
      parts.push(`<rect x="0" y="${HORIZON - 40}" width="1024" height="400" fill="${sea}"/>`);
      for (let i = 0; i < 9; i += 1) {
        const y = HORIZON - 20 + i * 22;
        const x = random() * 900;
        parts.push(
          `<path d="M${n(x)} ${n(y)} q30 -10 60 0 t60 0" stroke="#ffffff" stroke-width="3" fill="none" opacity="${n(0.35 + random() * 0.3)}" stroke-linecap="round"/>`,
        );
      }
      parts.push(
        `<path d="M0 ${FEET - 70} C260 ${FEET - 110} 640 ${FEET - 40} 1024 ${FEET - 90} L1024 1024 L0 1024 Z" fill="${mix('#f1d9a6', palette.skyLow, 0.25)}"/>`,
      );
      parts.push(
        `<path d="M0 ${FEET - 70} C260 ${FEET - 110} 640 ${FEET - 40} 1024 ${FEET - 90}" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.6"/>`,
      );
      break;
    }
    case 'forest': {
      parts.push(`<path d="${ridge(random, HORIZON - 20, 60, 6, 1024)}" fill="${palette.far}"/>`);
      for (let layer = 0; layer < 2; layer += 1) {
        const colour =
          layer === 0 ? mix(palette.far, palette.near, 0.5) : mix(palette.near, palette.ink, 0.25);
        for (let i = 0; i < 11; i += 1) {
          const x = i * 100 + random() * 60 - 30;
          const base = HORIZON + 60 + layer * 70;
          const h = 170 + random() * 120 - layer * 10;
          parts.push(
            `<path d="M${n(x)} ${n(base - h)} L${n(x - h * 0.32)} ${n(base)} L${n(x + h * 0.32)} ${n(base)} Z" fill="${colour}"/>`,
          );
        }
      }
      parts.push(`<path d="${ridge(random, FEET - 50, 26, 4, 1024)}" fill="${palette.ground}"/>`);
      break;
    }
    case 'indoors':
      break;
    case 'meadow': {
      parts.push(`<path d="${ridge(random, HORIZON - 10, 90, 5, 1024)}" fill="${palette.far}"/>`);
      parts.push(`<path d="${ridge(random, HORIZON + 60, 70, 5, 1024)}" fill="${palette.near}"/>`);
      for (let i = 0; i < 4; i += 1) {
        const x = 60 + random() * 900;
        const y = HORIZON + 30 + random() * 40;
        if (Math.abs(x - 512) < 160) {
          continue;
        }
        parts.push(
          `<rect x="${n(x - 5)}" y="${n(y - 10)}" width="10" height="46" fill="${mix(palette.ink, '#6b4a2e', 0.6)}"/><circle cx="${n(x)}" cy="${n(y - 30)}" r="${n(34 + random() * 16)}" fill="${mix(palette.near, palette.ink, 0.25)}"/>`,
        );
      }
      parts.push(`<path d="${ridge(random, FEET - 50, 30, 4, 1024)}" fill="${palette.ground}"/>`);
      for (let i = 0; i < 26; i += 1) {
        const x = random() * 1024;
        const y = FEET - 20 + random() * 170;
        parts.push(
          `<circle cx="${n(x)}" cy="${n(y)}" r="${n(3 + random() * 4)}" fill="${['#ffffff', '#ffd35c', '#f28cae'][i % 3]}" opacity="0.85"/>`,
        );
      }
      break;
    }
  }
  return parts.join('');
};

const room = (palette: Palette): string => {
  const wall = mix(palette.skyLow, '#f4ece0', 0.55);
  const floor = mix(palette.ground, '#b48a62', 0.7);
  return [
    `<rect width="1024" height="1024" fill="${wall}"/>`,
    // The window shows the same sky gradient the outdoor scenes use.
    `<rect x="620" y="150" width="300" height="360" rx="12" fill="url(#sky)"/>`,
    `<circle cx="840" cy="250" r="44" fill="${palette.sun}" opacity="0.95"/>`,
    `<path d="M620 420 C700 380 800 430 920 390 L920 510 L620 510 Z" fill="${palette.far}"/>`,
    `<rect x="620" y="150" width="300" height="360" rx="12" fill="none" stroke="#ffffff" stroke-width="16"/>`,
    `<rect x="764" y="150" width="12" height="360" fill="#ffffff"/>`,
    `<rect x="620" y="324" width="300" height="12" fill="#ffffff"/>`,
    `<path d="M560 140 L610 140 L640 520 L530 520 Z" fill="${palette.accent}" opacity="0.16"/>`,
    `<rect x="0" y="${FEET - 90}" width="1024" height="400" fill="${floor}"/>`,
    `<rect x="0" y="${FEET - 96}" width="1024" height="10" fill="${mix(floor, '#ffffff', 0.3)}"/>`,
    // A plant and a framed picture keep the room lived in.
    `<rect x="120" y="${FEET - 160}" width="70" height="80" rx="8" fill="${mix(palette.accent, '#6b4a2e', 0.5)}"/>`,
    `<path d="M155 ${FEET - 160} C120 ${FEET - 240} 90 ${FEET - 260} 80 ${FEET - 300} C130 ${FEET - 270} 150 ${FEET - 230} 155 ${FEET - 160} Z M155 ${FEET - 160} C170 ${FEET - 260} 200 ${FEET - 290} 230 ${FEET - 320} C215 ${FEET - 260} 185 ${FEET - 220} 155 ${FEET - 160} Z M155 ${FEET - 160} C150 ${FEET - 240} 150 ${FEET - 300} 160 ${FEET - 350} C175 ${FEET - 290} 170 ${FEET - 220} 155 ${FEET - 160} Z" fill="#4f8a5b"/>`,
    `<rect x="110" y="230" width="200" height="150" rx="6" fill="#ffffff"/>`,
    `<rect x="124" y="244" width="172" height="122" rx="3" fill="${mix(palette.accent, wall, 0.45)}"/>`,
    `<circle cx="250" cy="280" r="20" fill="${mix(palette.sun, '#ffffff', 0.2)}"/>`,
    `<path d="M124 366 L190 300 L240 346 L264 326 L296 366 Z" fill="${mix(palette.ink, palette.accent, 0.4)}"/>`,
  ].join('');
};

/** The category's motif: things that say what this identity is about, around the figure. */
const motifs = (plan: IllustrationPlan, palette: Palette, random: () => number): string => {
  const accent = palette.accent;
  const light = mix(palette.sun, '#ffffff', 0.4);
  const around = (count: number, draw: (x: number, y: number, i: number) => string): string =>
    Array.from({ length: count }, (_, i) => {
      const side = i % 2 === 0 ? -1 : 1;
      const x = 512 + side * (190 + random() * 210);
      const y = 200 + random() * 330;
      return draw(x, y, i);
    }).join('');
  switch (plan.category) {
    case 'passions_and_talents':
      return (
        around(5, (x, y, i) => (i % 2 ? note(x, y, 26 + random() * 10, accent) : sparkle(x, y, 18, light))) +
        // An easel beside the figure.
        `<g transform="translate(700 ${FEET - 300})"><path d="M20 300 L80 0 L140 300 M80 0 L80 300" stroke="#7a5230" stroke-width="10" fill="none" stroke-linecap="round"/><rect x="0" y="40" width="160" height="130" rx="4" fill="#ffffff" stroke="#7a5230" stroke-width="6"/><circle cx="55" cy="95" r="22" fill="${accent}"/><path d="M20 150 C60 110 100 150 140 100" stroke="${palette.skyTop}" stroke-width="10" fill="none" stroke-linecap="round"/></g>`
      );
    case 'maker_of_money':
      return (
        `<g transform="translate(690 ${FEET - 330})">${[70, 120, 175, 240]
          .map(
            (h, i) =>
              `<rect x="${i * 52}" y="${300 - h}" width="38" height="${h}" rx="6" fill="${mix(accent, '#ffffff', 0.12 * i)}" opacity="0.92"/>`,
          )
          .join(
            '',
          )}<path d="M0 210 L70 160 L120 180 L200 50" stroke="#ffffff" stroke-width="9" fill="none" stroke-linecap="round" stroke-linejoin="round"/><path d="M176 48 L206 42 L202 74" stroke="#ffffff" stroke-width="9" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g>` +
        around(2, (x, y) => sparkle(x, y, 16, light))
      );
    case 'keeper_of_money':
      return (
        `<g>${coins(250, FEET - 20, 6, '#e9c046')}${coins(320, FEET + 5, 3, '#e9c046')}</g>` +
        `<g transform="translate(720 ${FEET - 330})"><path d="M80 0 L160 30 L160 110 C160 170 120 210 80 230 C40 210 0 170 0 110 L0 30 Z" fill="${accent}" opacity="0.92"/><path d="M45 112 L72 140 L120 84" stroke="#ffffff" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g>`
      );
    case 'spiritual': {
      const rays = Array.from({ length: 18 }, (_, i) => {
        const a = (i * 20 * Math.PI) / 180;
        const cx = 512;
        const cy = FEET - 330 * plan.scale;
        const x1 = cx + Math.cos(a - 0.05) * 600;
        const y1 = cy + Math.sin(a - 0.05) * 600;
        const x2 = cx + Math.cos(a + 0.05) * 600;
        const y2 = cy + Math.sin(a + 0.05) * 600;
        return `<path d="M${cx} ${n(cy)} L${n(x1)} ${n(y1)} L${n(x2)} ${n(y2)} Z"/>`;
      }).join('');
      return `<g fill="${light}" opacity="0.22">${rays}</g><circle cx="512" cy="${n(FEET - 330 * plan.scale)}" r="${n(150 * plan.scale)}" fill="url(#glow)"/>${around(4, (x, y) => sparkle(x, y, 14, light))}`;
    }
    case 'personal_appearance':
      return (
        `<g transform="translate(720 ${FEET - 380})"><ellipse cx="90" cy="140" rx="86" ry="130" fill="${mix(accent, '#ffffff', 0.2)}"/><ellipse cx="90" cy="140" rx="68" ry="110" fill="${mix(palette.skyLow, '#ffffff', 0.5)}"/><path d="M50 90 L80 60 M60 130 L110 80" stroke="#ffffff" stroke-width="8" stroke-linecap="round"/><rect x="80" y="268" width="20" height="100" fill="${mix(accent, '#5a3d2a', 0.5)}"/></g>` +
        around(6, (x, y) => sparkle(x, y, 14 + random() * 12, light))
      );
    case 'physical_expression':
      return (
        `<g stroke="#ffffff" stroke-width="8" fill="none" stroke-linecap="round" opacity="0.7"><path d="M300 ${FEET - 300} q-40 60 0 120"/><path d="M260 ${FEET - 320} q-50 80 0 160"/><path d="M724 ${FEET - 300} q40 60 0 120"/><path d="M764 ${FEET - 320} q50 80 0 160"/></g>` +
        `<g transform="translate(760 ${FEET - 60})"><circle r="44" fill="#ffffff"/><path d="M-44 0 Q0 -30 44 0 M-30 -32 Q0 0 -30 32 M30 -32 Q0 0 30 32" stroke="${accent}" stroke-width="6" fill="none"/></g>`
      );
    case 'familial_relations':
      return around(3, (x, y) => heart(x, y - 40, 22, accent, 0.85));
    case 'romantic_relation':
      return around(5, (x, y, i) => heart(x, y - 30, 16 + (i % 3) * 8, i % 2 ? accent : '#f28cae', 0.85));
    case 'doer_of_things':
      return (
        around(3, (x, y) => badge(x, y, 34, accent)) +
        gear(780, 260, 48, mix(palette.ink, accent, 0.3)) +
        gear(850, 330, 30, mix(palette.ink, accent, 0.5))
      );
    case null:
      return around(6, (x, y) => sparkle(x, y, 16, light));
  }
};

/** A simple person: a few flat shapes, posed; `x` is the centre, feet on FEET. */
const person = (
  x: number,
  scale: number,
  look: {
    clothing: string;
    trousers: string;
    skin: string;
    hair: string;
    hairStyle: IllustrationPlan['hairStyle'];
  },
  pose: Pose,
  extras: { glasses?: boolean; beard?: boolean; ink: string },
): string => {
  const s = scale;
  const hip = FEET - 170 * s;
  const shoulder = FEET - 330 * s;
  const headY = FEET - 395 * s;
  const hr = 48 * s;
  const arm = (side: -1 | 1): string => {
    const sx = x + side * 62 * s;
    const sy = shoulder + 18 * s;
    let ex: number;
    let ey: number;
    let hx: number;
    let hy: number;
    const raised = pose === 'celebrate' || (pose === 'wave' && side === 1);
    if (raised) {
      ex = sx + side * 45 * s;
      ey = sy - 80 * s;
      hx = sx + side * 70 * s;
      hy = sy - 160 * s;
    } else if (pose === 'confident') {
      ex = sx + side * 62 * s;
      ey = sy + 70 * s;
      hx = x + side * 52 * s;
      hy = hip - 8 * s;
    } else {
      ex = sx + side * 18 * s;
      ey = sy + 80 * s;
      hx = sx + side * 22 * s;
      hy = sy + 160 * s;
    }
    return `<path d="M${n(sx)} ${n(sy)} L${n(ex)} ${n(ey)} L${n(hx)} ${n(hy)}" stroke="${look.clothing}" stroke-width="${n(30 * s)}" fill="none" stroke-linecap="round" stroke-linejoin="round"/><circle cx="${n(hx)}" cy="${n(hy)}" r="${n(15 * s)}" fill="${look.skin}"/>`;
  };
  const legs = [-1, 1]
    .map(
      (side) =>
        `<path d="M${n(x + side * 26 * s)} ${n(hip)} L${n(x + side * 34 * s)} ${n(FEET - 12 * s)}" stroke="${look.trousers}" stroke-width="${n(38 * s)}" stroke-linecap="round"/><ellipse cx="${n(x + side * 42 * s)}" cy="${n(FEET - 4 * s)}" rx="${n(26 * s)}" ry="${n(12 * s)}" fill="${extras.ink}"/>`,
    )
    .join('');
  const torso = `<path d="M${n(x - 70 * s)} ${n(shoulder + 30 * s)} Q${n(x - 70 * s)} ${n(shoulder)} ${n(x - 40 * s)} ${n(shoulder)} L${n(x + 40 * s)} ${n(shoulder)} Q${n(x + 70 * s)} ${n(shoulder)} ${n(x + 70 * s)} ${n(shoulder + 30 * s)} L${n(x + 56 * s)} ${n(hip + 10 * s)} L${n(x - 56 * s)} ${n(hip + 10 * s)} Z" fill="${look.clothing}"/><path d="M${n(x - 18 * s)} ${n(shoulder)} L${n(x)} ${n(shoulder + 26 * s)} L${n(x + 18 * s)} ${n(shoulder)} Z" fill="${look.skin}"/>`;
  const neck = `<rect x="${n(x - 14 * s)}" y="${n(headY + hr * 0.6)}" width="${n(28 * s)}" height="${n(40 * s)}" rx="${n(8 * s)}" fill="${mix(look.skin, '#000000', 0.08)}"/>`;
  const backHair =
    look.hairStyle === 'long'
      ? `<path d="M${n(x - hr * 1.08)} ${n(headY)} Q${n(x - hr * 1.2)} ${n(headY + hr * 1.9)} ${n(x - hr * 0.5)} ${n(headY + hr * 1.8)} L${n(x + hr * 0.5)} ${n(headY + hr * 1.8)} Q${n(x + hr * 1.2)} ${n(headY + hr * 1.9)} ${n(x + hr * 1.08)} ${n(headY)} Z" fill="${look.hair}"/>`
      : look.hairStyle === 'bun'
        ? `<circle cx="${n(x)}" cy="${n(headY - hr * 1.05)}" r="${n(hr * 0.42)}" fill="${look.hair}"/>`
        : look.hairStyle === 'curly'
          ? Array.from({ length: 9 }, (_, i) => {
              const a = Math.PI + (i / 8) * Math.PI;
              return `<circle cx="${n(x + Math.cos(a) * hr * 0.95)}" cy="${n(headY + Math.sin(a) * hr * 0.95)}" r="${n(hr * 0.36)}" fill="${look.hair}"/>`;
            }).join('')
          : '';
  const head = `<circle cx="${n(x)}" cy="${n(headY)}" r="${n(hr)}" fill="${look.skin}"/>`;
  const fringe =
    look.hairStyle === 'curly'
      ? ''
      : `<path d="M${n(x - hr * 1.02)} ${n(headY + hr * 0.05)} Q${n(x - hr)} ${n(headY - hr * 1.15)} ${n(x)} ${n(headY - hr * 1.08)} Q${n(x + hr)} ${n(headY - hr * 1.15)} ${n(x + hr * 1.02)} ${n(headY + hr * 0.05)} Q${n(x + hr * 0.7)} ${n(headY - hr * 0.55)} ${n(x + hr * 0.1)} ${n(headY - hr * 0.5)} Q${n(x - hr * 0.6)} ${n(headY - hr * 0.45)} ${n(x - hr * 1.02)} ${n(headY + hr * 0.05)} Z" fill="${look.hair}"/>`;
  const face = [
    `<circle cx="${n(x - hr * 0.36)}" cy="${n(headY + hr * 0.05)}" r="${n(hr * 0.08)}" fill="${extras.ink}"/>`,
    `<circle cx="${n(x + hr * 0.36)}" cy="${n(headY + hr * 0.05)}" r="${n(hr * 0.08)}" fill="${extras.ink}"/>`,
    `<path d="M${n(x - hr * 0.3)} ${n(headY + hr * 0.38)} Q${n(x)} ${n(headY + hr * 0.62)} ${n(x + hr * 0.3)} ${n(headY + hr * 0.38)}" stroke="${extras.ink}" stroke-width="${n(hr * 0.08)}" fill="none" stroke-linecap="round"/>`,
    `<circle cx="${n(x - hr * 0.62)}" cy="${n(headY + hr * 0.3)}" r="${n(hr * 0.14)}" fill="#e86f6f" opacity="0.25"/>`,
    `<circle cx="${n(x + hr * 0.62)}" cy="${n(headY + hr * 0.3)}" r="${n(hr * 0.14)}" fill="#e86f6f" opacity="0.25"/>`,
  ];
  if (extras.beard) {
    face.push(
      `<path d="M${n(x - hr * 0.85)} ${n(headY + hr * 0.15)} Q${n(x - hr * 0.7)} ${n(headY + hr * 1.15)} ${n(x)} ${n(headY + hr * 1.12)} Q${n(x + hr * 0.7)} ${n(headY + hr * 1.15)} ${n(x + hr * 0.85)} ${n(headY + hr * 0.15)} Q${n(x + hr * 0.5)} ${n(headY + hr * 0.7)} ${n(x)} ${n(headY + hr * 0.66)} Q${n(x - hr * 0.5)} ${n(headY + hr * 0.7)} ${n(x - hr * 0.85)} ${n(headY + hr * 0.15)} Z" fill="${look.hair}"/>`,
    );
  }
  if (extras.glasses) {
    face.push(
      `<g stroke="${extras.ink}" stroke-width="${n(hr * 0.06)}" fill="none"><circle cx="${n(x - hr * 0.36)}" cy="${n(headY + hr * 0.05)}" r="${n(hr * 0.24)}"/><circle cx="${n(x + hr * 0.36)}" cy="${n(headY + hr * 0.05)}" r="${n(hr * 0.24)}"/><path d="M${n(x - hr * 0.12)} ${n(headY + hr * 0.05)} L${n(x + hr * 0.12)} ${n(headY + hr * 0.05)}"/></g>`,
    );
  }
  return [
    `<ellipse cx="${n(x)}" cy="${n(FEET + 4)}" rx="${n(110 * s)}" ry="${n(20 * s)}" fill="#000000" opacity="0.18"/>`,
    backHair,
    legs,
    arm(-1),
    arm(1),
    torso,
    neck,
    head,
    fringe,
    ...face,
  ].join('');
};

const companions = (plan: IllustrationPlan, palette: Palette): string => {
  const base = { hair: mix(plan.hair, '#8a5a35', 0.5), hairStyle: 'short' as const };
  if (plan.category === 'romantic_relation') {
    return person(
      512 + 150 * plan.scale,
      plan.scale * 0.96,
      {
        ...base,
        clothing: mix(palette.accent, '#ffffff', 0.1),
        trousers: '#3b4256',
        skin: mix(plan.skin, '#8a5a3b', 0.3),
        hairStyle: 'long',
      },
      'relaxed',
      { ink: palette.ink },
    );
  }
  if (plan.category === 'familial_relations') {
    return (
      person(
        512 - 150 * plan.scale,
        plan.scale * 0.62,
        { ...base, clothing: '#f0a33a', trousers: '#3b4f73', skin: plan.skin },
        'wave',
        {
          ink: palette.ink,
        },
      ) +
      person(
        512 + 140 * plan.scale,
        plan.scale * 0.5,
        { ...base, clothing: '#5fb3a4', trousers: '#3b4256', skin: plan.skin, hairStyle: 'bun' },
        'celebrate',
        {
          ink: palette.ink,
        },
      )
    );
  }
  return '';
};

const caption = (plan: IllustrationPlan, palette: Palette): string => {
  const name = clip(plan.name, 40);
  const nameSize = name.length <= 20 ? 54 : name.length <= 28 ? 44 : 36;
  const edits = plan.edits.length ? clip(`Edits: ${plan.edits.slice(-4).join(' · ')}`, 80) : '';
  const panelY = edits ? 862 : 878;
  const panelH = edits ? 136 : 120;
  return [
    `<rect x="72" y="${panelY}" width="880" height="${panelH}" rx="28" fill="#ffffff" opacity="0.94"/>`,
    `<text x="512" y="${panelY + 62}" text-anchor="middle" font-family="DejaVu Serif, Liberation Serif, serif" font-weight="bold" font-size="${nameSize}" fill="${palette.ink}">${escapeXml(name)}</text>`,
    `<text x="512" y="${panelY + 98}" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="22" letter-spacing="3" fill="${mix(palette.ink, '#ffffff', 0.35)}">${escapeXml(plan.categoryLabel.toUpperCase())}</text>`,
    edits
      ? `<text x="512" y="${panelY + 124}" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-style="italic" font-size="18" fill="${mix(palette.ink, '#ffffff', 0.25)}">${escapeXml(edits)}</text>`
      : '',
  ].join('');
};

const demoLabel = (): string =>
  [
    `<rect x="32" y="32" width="232" height="52" rx="26" fill="#111318" opacity="0.8"/>`,
    `<circle cx="62" cy="58" r="8" fill="#ffcf4a"/>`,
    `<text x="80" y="66" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="bold" font-size="22" letter-spacing="1" fill="#ffffff">Demo image</text>`,
  ].join('');

/** The SVG source of the illustration (1024×1024). */
export const illustrationSvg = (subject: ImageSubject): string => {
  const plan = planIllustration(subject);
  const palette = paletteFor(plan);
  const random = mulberry32(plan.seed);
  const warmOverlay =
    plan.warmth > 0
      ? `<rect width="1024" height="1024" fill="#ff9a3c" opacity="${n(0.04 * plan.warmth)}"/>`
      : plan.warmth < 0
        ? `<rect width="1024" height="1024" fill="#2a6aff" opacity="${n(-0.05 * plan.warmth)}"/>`
        : '';
  const scene =
    plan.setting === 'indoors'
      ? room(palette)
      : sky(plan, palette, random) + landscape(plan, palette, random);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">`,
    '<defs>',
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.skyTop}"/><stop offset="0.55" stop-color="${palette.skyMid}"/><stop offset="1" stop-color="${palette.skyLow}"/></linearGradient>`,
    `<radialGradient id="glow"><stop offset="0" stop-color="${palette.sun}" stop-opacity="0.75"/><stop offset="1" stop-color="${palette.sun}" stop-opacity="0"/></radialGradient>`,
    `<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.28"/></radialGradient>`,
    '</defs>',
    scene,
    motifs(plan, palette, random),
    companions(plan, palette),
    person(512, plan.scale, plan, plan.pose, { glasses: plan.glasses, beard: plan.beard, ink: palette.ink }),
    warmOverlay,
    `<rect width="1024" height="1024" fill="url(#vignette)"/>`,
    caption(plan, palette),
    demoLabel(),
    '</svg>',
  ].join('');
};

/** The illustration as a 1024×1024 PNG; the same subject always gives the same bytes. */
export const renderDemoImage = async (
  subject: ImageSubject,
): Promise<{ png: Buffer; width: number; height: number }> => {
  const png = await sharp(Buffer.from(illustrationSvg(subject)))
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return { png, width: DEMO_IMAGE_SIZE, height: DEMO_IMAGE_SIZE };
};
