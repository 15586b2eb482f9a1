import OpenAI, { APIError, toFile } from 'openai';
import type { ImagesResponse } from 'openai/resources/images';
import sharp from 'sharp';
import { AiErrorCode, type AiException } from 'src/ai/ai.exception';
import {
  type ImageEditRequest,
  type ImageErrorCode,
  type ImageGenerateRequest,
  ImageGenerationError,
  type ImageProvider,
  type ImageProviderCall,
  type ImageProviderResult,
} from 'src/ai/images/image.types';
import { classifyOpenAiError } from 'src/ai/providers/openai/openai-errors';
import { type Deadline, startDeadline } from 'src/ai/providers/openai/openai.provider';
import { backoffDelayMs, type RetryPolicy, waitBeforeRetry } from 'src/ai/providers/openai/retry-policy';

export interface OpenAiImageProviderOptions {
  apiKey?: string;
  baseUrl?: string;
  retry: RetryPolicy;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

// OpenAI answers a refused prompt or picture with a 400 whose code or message names moderation
// or the safety system; nothing else in a 400 means "blocked".
const isModerationBlock = (error: unknown): boolean => {
  if (!(error instanceof APIError) || error.status !== 400) {
    return false;
  }
  const code = typeof error.code === 'string' ? error.code : '';
  return /moderation|safety|content_policy/i.test(`${code} ${error.message}`);
};

const isOverloaded = (error: unknown): boolean =>
  error instanceof APIError &&
  (error.status === 503 || error.status === 529 || /overloaded/i.test(error.message));

/** Our final code for a failure the transport layer already classified. */
const imageCodeFor = (raw: unknown, failure: AiException): ImageErrorCode => {
  if (isModerationBlock(raw)) {
    return 'image_blocked';
  }
  if (failure.aiCode === AiErrorCode.RateLimited) {
    return 'image_rate_limited';
  }
  if (failure.aiCode === AiErrorCode.Timeout || failure.aiCode === AiErrorCode.Aborted) {
    return 'image_timeout';
  }
  if (failure.aiCode === AiErrorCode.ContentFilter) {
    return 'image_blocked';
  }
  return isOverloaded(raw) ? 'image_overloaded' : 'image_failed';
};

const pngSize = (png: Buffer): { width: number; height: number } | null =>
  png.length > 24 && png.readUInt32BE(0) === 0x89504e47 && png.toString('ascii', 12, 16) === 'IHDR'
    ? { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
    : null;

/** The first picture of a response as PNG bytes and its size (a JPEG/WebP answer is converted). */
const decodeImage = async (
  response: ImagesResponse,
): Promise<{ png: Buffer; width: number; height: number }> => {
  const b64 = response.data?.[0]?.b64_json;
  if (!b64) {
    throw new ImageGenerationError('image_failed', 'The images endpoint returned no picture.');
  }
  const bytes = Buffer.from(b64, 'base64');
  const size = pngSize(bytes);
  if (size) {
    return { png: bytes, ...size };
  }
  try {
    const { data, info } = await sharp(bytes).png().toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch {
    throw new ImageGenerationError(
      'image_failed',
      'The images endpoint returned bytes that are not an image.',
    );
  }
};

/** OpenAI's images API (or a compatible server): generations, and edits for drafts and photos. */
export class OpenAiImageProvider implements ImageProvider {
  readonly name = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiImageProviderOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey ?? 'not-needed',
      baseURL: options.baseUrl,
      // Retries are ours, with the same policy as text calls.
      maxRetries: 0,
    });
  }

  generate(request: ImageGenerateRequest, call: ImageProviderCall): Promise<ImageProviderResult> {
    // With reference photos the picture is drawn from them, which only the edits endpoint takes.
    if (request.references?.length) {
      return this.edit({ ...request, image: null }, call);
    }
    return this.withRetries(request.signal, call, async (deadline) =>
      this.client.images.generate(
        {
          model: call.model,
          prompt: request.prompt,
          n: 1,
          ...this.shape(call),
        },
        { signal: deadline.signal, timeout: call.timeoutMs },
      ),
    );
  }

  edit(
    request: Omit<ImageEditRequest, 'image'> & { image: Buffer | null },
    call: ImageProviderCall,
  ): Promise<ImageProviderResult> {
    return this.withRetries(request.signal, call, async (deadline) => {
      // Fresh file objects per attempt: an upload body is consumed by the first try.
      const inputs = await Promise.all([
        ...(request.image ? [toFile(request.image, 'draft.png', { type: 'image/png' })] : []),
        ...(request.references ?? []).map((reference, index) =>
          toFile(reference.data, `reference-${index + 1}.${EXTENSIONS[reference.contentType] ?? 'png'}`, {
            type: reference.contentType,
          }),
        ),
      ]);
      return this.client.images.edit(
        { model: call.model, prompt: request.prompt, image: inputs, n: 1, ...this.shape(call) },
        { signal: deadline.signal, timeout: call.timeoutMs },
      );
    });
  }

  // GPT image models always answer base64 and refuse response_format; DALL·E needs it asked for.
  private shape(call: ImageProviderCall): {
    size?: '1024x1024' | '1024x1536' | '1536x1024' | 'auto';
    quality?: 'low' | 'medium' | 'high' | 'auto';
    response_format?: 'b64_json';
  } {
    const dallE = call.model.startsWith('dall-e');
    return {
      size: call.size as '1024x1024' | '1024x1536' | '1536x1024' | 'auto',
      ...(dallE
        ? { response_format: 'b64_json' as const }
        : { quality: call.quality as 'low' | 'medium' | 'high' | 'auto' }),
    };
  }

  private async withRetries(
    signal: AbortSignal | undefined,
    call: ImageProviderCall,
    send: (deadline: Deadline) => Promise<ImagesResponse>,
  ): Promise<ImageProviderResult> {
    const maxAttempts = this.options.retry.maxRetries + 1;
    for (let attempt = 1; ; attempt += 1) {
      const deadline = startDeadline(call.timeoutMs, signal);
      try {
        const response = await send(deadline);
        const image = await decodeImage(response);
        const usage = response.usage;
        return {
          ...image,
          model: call.model,
          usage: usage
            ? {
                inputTokens: usage.input_tokens,
                inputImageTokens: usage.input_tokens_details?.image_tokens ?? 0,
                outputTokens: usage.output_tokens,
              }
            : null,
          attempts: attempt,
        };
      } catch (error) {
        if (error instanceof ImageGenerationError) {
          error.attempts = attempt;
          throw error;
        }
        const failure = classifyOpenAiError(error, deadline);
        const blocked = isModerationBlock(error);
        if (blocked || !failure.retryable || attempt >= maxAttempts) {
          throw new ImageGenerationError(imageCodeFor(error, failure), failure.message, {
            attempts: attempt,
            cause: error,
          });
        }
        try {
          await waitBeforeRetry(
            backoffDelayMs(attempt, this.options.retry, failure.retryAfterSeconds),
            signal,
          );
        } catch {
          throw new ImageGenerationError('image_timeout', 'The call was cancelled while waiting to retry.', {
            attempts: attempt,
          });
        }
      } finally {
        deadline.clear();
      }
    }
  }
}
