import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ImageSubject } from 'src/ai/images/image.types';
import { illustrationSvg, planIllustration, renderDemoImage } from 'src/demo-coach/images/demo-illustration';
import { describe, expect, it, vi } from 'vitest';

const SCREENSHOTS = join(__dirname, '../../../../test-results/screenshots');

const leader: ImageSubject = {
  identityName: 'The Calm Leader',
  category: 'maker_of_money',
  scene: { clothing: 'navy suit', mood: 'confident', setting: 'city rooftop' },
  appearance: 'short brown hair, glasses',
};

const SAMPLES: Record<string, ImageSubject> = {
  leader,
  father: {
    identityName: 'Devoted Father',
    category: 'familial_relations',
    scene: { mood: 'joyful', setting: 'park' },
    appearance: 'beard, short dark hair',
  },
  painter: {
    identityName: 'Painter of Light',
    category: 'passions_and_talents',
    scene: { clothing: 'green sweater', mood: 'calm', setting: 'studio' },
    appearance: 'long red hair',
  },
  seeker: { identityName: 'Seeker of Stillness', category: 'spiritual', scene: { mood: 'peaceful' } },
  partner: { identityName: 'Loving Partner', category: 'romantic_relation', scene: { mood: 'evening' } },
  runner: {
    identityName: 'Morning Runner',
    category: 'physical_expression',
    scene: { clothing: 'red running top', setting: 'forest' },
  },
  'runner-refined': {
    identityName: 'Morning Runner',
    category: 'physical_expression',
    scene: { clothing: 'red running top', setting: 'forest' },
    instructions: ['warmer light', 'outdoors'],
  },
};

// Rasterising 1024×1024 takes a few hundred milliseconds alone, far more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('demo illustration', () => {
  it('should draw the same 1024×1024 PNG bytes when given the same subject twice', async () => {
    const first = await renderDemoImage(leader);
    const second = await renderDemoImage({ ...leader, scene: { ...leader.scene } });
    expect(first.png.equals(second.png)).toBe(true);
    const meta = await sharp(first.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1024, height: 1024 });
    expect(first).toMatchObject({ width: 1024, height: 1024 });
  });

  it('should draw a different picture when the scene or the category differs', async () => {
    const base = await renderDemoImage(leader);
    const beach = await renderDemoImage({ ...leader, scene: { ...leader.scene, setting: 'beach' } });
    const spiritual = await renderDemoImage({ ...leader, category: 'spiritual' });
    expect(base.png.equals(beach.png)).toBe(false);
    expect(base.png.equals(spiritual.png)).toBe(false);
    expect(planIllustration({ ...leader, scene: { setting: 'beach' } }).setting).toBe('beach');
  });

  it('should label the picture as a demo and caption it with the identity when drawn', () => {
    const svg = illustrationSvg(leader);
    expect(svg).toContain('Demo image');
    expect(svg).toContain('The Calm Leader');
    expect(svg).toContain('MAKER OF MONEY');
  });

  it('should change the light, setting and edit caption when refine instructions are given', async () => {
    const before = planIllustration(leader);
    const after = planIllustration({ ...leader, instructions: ['warmer light', 'outdoors'] });
    expect(after.warmth).toBeGreaterThan(before.warmth);
    expect(before.setting).toBe('city');
    expect(after.setting).toBe('meadow');
    expect(planIllustration({ ...leader, instructions: ['make it a close-up'] }).scale).toBeGreaterThan(1);
    expect(planIllustration({ ...leader, instructions: ['wear a red jacket'] }).clothing).toBe('#c8423b');

    // An instruction the illustrator has no rule for still shows, in the caption of edits.
    const svg = illustrationSvg({ ...leader, instructions: ['add a dog'] });
    expect(svg).toContain('Edits: add a dog');
    const plain = await renderDemoImage(leader);
    const edited = await renderDemoImage({ ...leader, instructions: ['add a dog'] });
    expect(plain.png.equals(edited.png)).toBe(false);
  });

  it('should escape the SVG when the name holds markup characters', async () => {
    const svg = illustrationSvg({ ...leader, identityName: 'Me & <you> "quoted"' });
    expect(svg).toContain('Me &amp; &lt;you&gt; &quot;quoted&quot;');
    await expect(renderDemoImage({ ...leader, identityName: 'Me & <you>' })).resolves.toBeTruthy();
  });

  it('should still draw when the category is unknown and the scene empty', async () => {
    const { png } = await renderDemoImage({ identityName: '', category: 'something_else', scene: {} });
    expect((await sharp(png).metadata()).width).toBe(1024);
  });

  it('should write sample pictures to look at when run (test-results/screenshots/studio-demo-*.png)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, subject] of Object.entries(SAMPLES)) {
      const { png } = await renderDemoImage(subject);
      writeFileSync(join(SCREENSHOTS, `studio-demo-${name}.png`), png);
    }
  });
});
