import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { ImageService } from 'src/ai/images/image.service';
import {
  type ImageGenerateRequest,
  ImageGenerationError,
  type ImageSubject,
} from 'src/ai/images/image.types';
import { ImagePromptService } from 'src/prompts/images/image-prompt.service';
import { PromptVersionsService } from 'src/prompts/prompt-versions.service';
import { FakeOpenAiServer, fakeImageReplies, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface CallRow {
  id: string;
  kind: string;
  purpose: string;
  provider: string;
  model: string;
  status: string;
  error_code: string | null;
  input_tokens: number;
  output_tokens: number;
  cost_usd: string | null;
  attempts: number;
  prompt_version_ids: string[];
}

const subject: ImageSubject = {
  identityName: 'Devoted Father',
  category: 'familial_relations',
  scene: { clothing: 'grey sweater', mood: 'joyful', setting: 'a sunny park' },
  appearance: 'short dark hair',
};

const addUser = async (t: TestApp): Promise<string> => {
  const [user] = await t.app
    .get(DataSource)
    .query<{ id: string }[]>(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [
      `images-${randomBytes(4).toString('hex')}@example.test`,
    ]);
  return user?.id ?? '';
};

const failure = async (promise: Promise<unknown>): Promise<ImageGenerationError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImageGenerationError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the call to fail');
};

// ImageService through the real `openai` SDK against the fake images endpoints: generations,
// multipart edits, retries, moderation blocks, timeouts and the llm_calls row of every call.
describe('image generation against a fake OpenAI images API', () => {
  let fake: FakeOpenAiServer;
  let t: TestApp;
  let images: ImageService;
  let userId: string;

  const rows = (): Promise<CallRow[]> =>
    t.app
      .get(DataSource)
      .query<CallRow[]>(`SELECT * FROM llm_calls WHERE user_id = $1 ORDER BY created_at`, [userId]);

  const request = (overrides: Partial<ImageGenerateRequest> = {}): ImageGenerateRequest => ({
    userId,
    purpose: 'studio_generate',
    prompt: 'An illustration of a devoted father in a sunny park.',
    subject,
    ...overrides,
  });

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('ai_images', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '2',
        AI_RETRY_BASE_DELAY_MS: '5',
        AI_TIMEOUT_MS: '1500',
        IMAGE_QUALITY: 'low',
      },
    });
    images = t.app.get(ImageService);
    userId = await addUser(t);
  });

  beforeEach(async () => {
    fake.reset();
    await t.app.get(DataSource).query(`DELETE FROM llm_calls WHERE user_id = $1`, [userId]);
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('should return the PNG and record an image call with its cost when a picture is generated', async () => {
    const result = await images.generateImage(request({ promptVersionIds: [] }));

    expect(result).toMatchObject({ width: 1024, height: 1024, model: 'gpt-image-1', demo: false });
    expect((await sharp(result.png).metadata()).format).toBe('png');
    const [sent] = fake.imageRequests();
    expect(sent).toMatchObject({
      path: '/v1/images/generations',
      model: 'gpt-image-1',
      prompt: 'An illustration of a devoted father in a sunny park.',
      size: '1024x1024',
      quality: 'low',
      n: 1,
    });
    expect(sent?.response_format).toBeUndefined();

    const [row] = await rows();
    expect(row).toMatchObject({
      id: result.llmCallId,
      kind: 'image',
      purpose: 'studio_generate',
      provider: 'openai',
      model: 'gpt-image-1',
      status: 'ok',
      output_tokens: 4160,
      attempts: 1,
    });
    // gpt-image-1: $5 per million text input tokens, $40 per million output (image) tokens.
    const expected = (row.input_tokens * 5 + 4160 * 40) / 1_000_000;
    expect(Number(row?.cost_usd)).toBeCloseTo(expected, 6);
  });

  it('should send the reference photos to the edits endpoint when a generation has them', async () => {
    const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#caa' } })
      .jpeg()
      .toBuffer();
    await images.generateImage(request({ references: [{ data: photo, contentType: 'image/jpeg' }] }));

    const [sent] = fake.imageRequests();
    expect(sent?.path).toBe('/v1/images/edits');
    expect(sent?.files).toEqual([
      { field: 'image[]', filename: 'reference-1.jpg', contentType: 'image/jpeg', bytes: photo.length },
    ]);
  });

  it('should send the draft and the photos as multipart input images when a draft is refined', async () => {
    const draft = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#49a' } })
      .png()
      .toBuffer();
    const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fa0' } })
      .webp()
      .toBuffer();
    const result = await images.editImage({
      ...request({ purpose: 'studio_refine', prompt: 'Make the light warmer.' }),
      image: draft,
      references: [{ data: photo, contentType: 'image/webp' }],
    });

    const [sent] = fake.imageRequests();
    expect(sent).toMatchObject({
      path: '/v1/images/edits',
      model: 'gpt-image-1',
      prompt: 'Make the light warmer.',
      size: '1024x1024',
      quality: 'low',
    });
    expect(sent?.files.map((file) => [file.filename, file.contentType, file.bytes])).toEqual([
      ['draft.png', 'image/png', draft.length],
      ['reference-1.webp', 'image/webp', photo.length],
    ]);
    expect(result.width).toBe(1024);
    const [row] = await rows();
    expect(row).toMatchObject({ kind: 'image', purpose: 'studio_refine', status: 'ok' });
    // Two input images at 323 tokens each are billed at the image-input rate ($10 per million).
    expect(Number(row?.cost_usd)).toBeCloseTo(
      ((row.input_tokens - 646) * 5 + 646 * 10 + 4160 * 40) / 1_000_000,
      6,
    );
  });

  it('should retry and succeed when the first answer is 429', async () => {
    fake.enqueueImage(fakeImageReplies.rateLimited(0), {});

    const result = await images.generateImage(request());

    expect(result.png.length).toBeGreaterThan(0);
    expect(fake.imageRequests().map((sent) => sent.status)).toEqual([429, 200]);
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'ok', attempts: 2 });
  });

  it('should fail as image_rate_limited, retryable, when every attempt is rate limited', async () => {
    fake.enqueueImage(...Array.from({ length: 3 }, () => fakeImageReplies.rateLimited(0)));

    const error = await failure(images.generateImage(request()));

    expect(error).toMatchObject({ code: 'image_rate_limited', retryable: true, attempts: 3 });
    expect(fake.imageRequests()).toHaveLength(3);
  });

  it('should fail as image_blocked without retrying and record the error when moderation refuses', async () => {
    fake.enqueueImage(fakeImageReplies.moderationBlocked());

    const error = await failure(images.generateImage(request()));

    expect(error).toMatchObject({ code: 'image_blocked', retryable: false });
    expect(fake.imageRequests()).toHaveLength(1);
    const [row] = await rows();
    expect(row).toMatchObject({
      kind: 'image',
      status: 'error',
      error_code: 'image_blocked',
      cost_usd: null,
      attempts: 1,
    });
  });

  it('should fail as image_overloaded after the retries when the service stays overloaded', async () => {
    fake.enqueueImage(...Array.from({ length: 3 }, () => fakeImageReplies.overloaded()));

    const error = await failure(
      images.editImage({ ...request({ purpose: 'studio_refine' }), image: Buffer.from('x') }),
    );

    expect(error).toMatchObject({ code: 'image_overloaded', retryable: true, attempts: 3 });
  });

  it('should fail as image_failed without retrying when the request is refused for another reason', async () => {
    fake.enqueueImage(fakeImageReplies.badRequest());

    const error = await failure(images.generateImage(request()));

    expect(error).toMatchObject({ code: 'image_failed' });
    expect(fake.imageRequests()).toHaveLength(1);
  });

  it('should fail as image_timeout when the images endpoint answers after the deadline', async () => {
    fake.enqueueImage(...Array.from({ length: 3 }, () => fakeImageReplies.slow(2500)));

    const error = await failure(images.generateImage(request()));

    expect(error).toMatchObject({ code: 'image_timeout', retryable: true });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'error', error_code: 'image_timeout' });
  });

  it('should fail as image_timeout when the caller aborts', async () => {
    fake.enqueueImage(fakeImageReplies.hang());
    const controller = new AbortController();
    const pending = images.generateImage(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);

    expect(await failure(pending)).toMatchObject({ code: 'image_timeout' });
  });

  it('should render the active image prompt version and cite it when a prompt is built', async () => {
    const prompts = t.app.get(ImagePromptService);
    const seeded = await prompts.buildPrompt({ kind: 'generate', subject, hasReferences: false });
    expect(seeded.prompt).toContain('"Devoted Father" (Familial relations');
    expect(seeded.prompt).toContain('- Setting: a sunny park');
    expect(seeded.promptVersionIds).toHaveLength(1);

    const staff = await t.app.get(PromptVersionsService).create(
      {
        kind: 'image_refine',
        body: 'Refine {{identity_name}}: {{instruction}} (before: {{previous_instructions}})',
        activate: true,
      },
      null,
    );
    const refine = await prompts.buildPrompt({
      kind: 'refine',
      subject: { ...subject, instructions: ['warmer light', 'outdoors'] },
    });
    expect(refine).toEqual({
      prompt: 'Refine Devoted Father: outdoors (before: warmer light)',
      promptVersionIds: [staff.id],
      promptKind: 'image_refine',
    });

    await images.generateImage(request({ prompt: refine.prompt, promptVersionIds: refine.promptVersionIds }));
    const [row] = await rows();
    expect(row?.prompt_version_ids).toEqual([staff.id]);
  });
});

describe('image generation with the demo provider', () => {
  let t: TestApp;
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp('ai_images_demo', { env: { AI_PROVIDER: 'demo' } });
    userId = await addUser(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should draw the same labelled illustration for the same subject and record a free demo call', async () => {
    const images = t.app.get(ImageService);
    const first = await images.generateImage({
      userId,
      purpose: 'studio_generate',
      prompt: 'ignored',
      subject,
    });
    const again = await images.generateImage({
      userId,
      purpose: 'studio_generate',
      prompt: 'other',
      subject,
    });
    const refined = await images.editImage({
      userId,
      purpose: 'studio_refine',
      prompt: 'warmer light',
      subject: { ...subject, instructions: ['warmer light'] },
      image: first.png,
    });

    expect(first).toMatchObject({ width: 1024, height: 1024, model: 'demo-image', demo: true });
    expect(first.png.equals(again.png)).toBe(true);
    expect(refined.png.equals(first.png)).toBe(false);
    const calls = await t.app
      .get(DataSource)
      .query<CallRow[]>(`SELECT * FROM llm_calls WHERE user_id = $1 ORDER BY created_at`, [userId]);
    expect(
      calls.map((call) => [call.kind, call.purpose, call.provider, call.model, Number(call.cost_usd)]),
    ).toEqual([
      ['image', 'studio_generate', 'demo', 'demo-image', 0],
      ['image', 'studio_generate', 'demo', 'demo-image', 0],
      ['image', 'studio_refine', 'demo', 'demo-image', 0],
    ]);
  });
});
