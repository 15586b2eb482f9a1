/** Why an image call was made; labels its llm_calls row (kind `image`). */
export const IMAGE_PURPOSES = ['studio_generate', 'studio_refine'] as const;
export type ImagePurpose = (typeof IMAGE_PURPOSES)[number];

/**
 * What the picture is of, as plain strings: the AI layer knows no curriculum, so the category is
 * just a label here. Offline providers draw from it; network providers only see `prompt`.
 */
export interface ImageSubject {
  identityName: string;
  category: string;
  scene: {
    clothing?: string | null;
    mood?: string | null;
    setting?: string | null;
    extraPrompt?: string | null;
  };
  /** The client's own words about how they look (appearance profile). */
  appearance?: string | null;
  /** Refine instructions applied so far, oldest first (the latest last). */
  instructions?: string[];
}

export interface ImageGenerateRequest {
  /** The client the picture is for; recorded on the llm_calls row. */
  userId: string;
  purpose: ImagePurpose;
  /** The rendered prompt for the image model (ImagePromptService.buildPrompt). */
  prompt: string;
  subject: ImageSubject;
  /** Reference photos of the client; with any, a generation goes through the edits endpoint. */
  references?: { data: Buffer; contentType: string }[];
  /** Prompt versions the prompt was rendered from, for the llm_calls row. */
  promptVersionIds?: string[];
  signal?: AbortSignal;
}

export interface ImageEditRequest extends ImageGenerateRequest {
  /** The draft being refined (PNG). */
  image: Buffer;
}

export interface ImageResult {
  png: Buffer;
  width: number;
  height: number;
  model: string;
  /** True when the offline demo provider drew it. */
  demo: boolean;
  /** The llm_calls row written for the call; null when recording failed. */
  llmCallId: string | null;
}

export type ImageErrorCode =
  'image_blocked' | 'image_rate_limited' | 'image_overloaded' | 'image_timeout' | 'image_failed';

export const IMAGE_ERROR_CODES: readonly ImageErrorCode[] = [
  'image_blocked',
  'image_rate_limited',
  'image_overloaded',
  'image_timeout',
  'image_failed',
];

/** A final image failure (after retries). Everything but a moderation block may be tried again. */
export class ImageGenerationError extends Error {
  override readonly name = 'ImageGenerationError';
  readonly retryable: boolean;
  /** Transport attempts made before giving up (recorded on the llm_calls row). */
  attempts: number;

  constructor(
    readonly code: ImageErrorCode,
    message: string,
    options?: { retryable?: boolean; attempts?: number; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options?.retryable ?? code !== 'image_blocked';
    this.attempts = options?.attempts ?? 1;
  }
}

/** What a provider returns; ImageService adds the bookkeeping. */
export interface ImageProviderResult {
  png: Buffer;
  width: number;
  height: number;
  model: string;
  /** Token usage when the provider reported it. */
  usage: { inputTokens: number; inputImageTokens: number; outputTokens: number } | null;
  /** Transport attempts, retries included. */
  attempts: number;
}

export interface ImageProviderCall {
  model: string;
  size: string;
  quality: string;
  timeoutMs: number;
}

/** An image backend: OpenAI's images API or the offline demo renderer. */
export interface ImageProvider {
  readonly name: 'openai' | 'demo';
  generate(request: ImageGenerateRequest, call: ImageProviderCall): Promise<ImageProviderResult>;
  edit(request: ImageEditRequest, call: ImageProviderCall): Promise<ImageProviderResult>;
}

/** Injection token for the offline image provider (`AI_PROVIDER=demo`); bound by DemoCoachModule. */
export const OFFLINE_IMAGE_PROVIDER = Symbol('OFFLINE_IMAGE_PROVIDER');
