import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  type ImageEditRequest,
  type ImageGenerateRequest,
  ImageGenerationError,
  type ImageProvider,
  type ImageProviderCall,
  type ImageProviderResult,
  type ImageResult,
} from 'src/ai/images/image.types';
import { imageCostOf } from 'src/ai/models/model-capabilities';
import { ModelCatalogService } from 'src/ai/models/model-catalog.service';
import type { AllConfig } from 'src/config/config.types';
import { UsageService } from 'src/usage/usage.service';

/** Injection token for the configured image backend (OpenAI's images API or the demo). */
export const IMAGE_PROVIDER = Symbol('IMAGE_PROVIDER');

/**
 * Pictures for the visualization studio. Generic like LlmService: the caller renders the prompt
 * (ImagePromptService in prompts/) and stores the bytes; this service calls the provider with the
 * configured model, size and quality, and writes one llm_calls row (kind `image`) per call,
 * failed calls included.
 */
@Injectable()
export class ImageService {
  constructor(
    @Inject(IMAGE_PROVIDER) private readonly provider: ImageProvider,
    private readonly usage: UsageService,
    private readonly catalog: ModelCatalogService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** True when pictures come from the offline demo illustrator. */
  get demo(): boolean {
    return this.provider.name === 'demo';
  }

  /** The configured image model (`demo-image` with the demo provider). */
  get model(): string {
    return this.config.get('ai.imageModel', { infer: true });
  }

  /** A new picture from the prompt (and the client's reference photos, when given). */
  generateImage(request: ImageGenerateRequest): Promise<ImageResult> {
    return this.run(request, (call) => this.provider.generate(request, call));
  }

  /** A refined picture: `request.image` (the previous draft) changed as the prompt says. */
  editImage(request: ImageEditRequest): Promise<ImageResult> {
    return this.run(request, (call) => this.provider.edit(request, call));
  }

  private async run(
    request: ImageGenerateRequest,
    send: (call: ImageProviderCall) => Promise<ImageProviderResult>,
  ): Promise<ImageResult> {
    const ai = this.config.get('ai', { infer: true });
    const call: ImageProviderCall = {
      model: ai.imageModel,
      size: ai.imageSize,
      quality: ai.imageQuality,
      timeoutMs: ai.timeoutMs,
    };
    const started = performance.now();
    const row = {
      kind: 'image' as const,
      userId: request.userId,
      purpose: request.purpose,
      provider: this.provider.name,
      promptVersionIds: request.promptVersionIds ?? [],
      stream: false,
      cachedTokens: 0,
      reasoningTokens: 0,
      promptTokensEstimate: null,
      trimmed: null,
      ttftMs: null,
    };
    let result: ImageProviderResult;
    try {
      result = await send(call);
    } catch (error) {
      const failure =
        error instanceof ImageGenerationError
          ? error
          : new ImageGenerationError('image_failed', 'The image provider failed unexpectedly.', {
              cause: error,
            });
      await this.usage.recordCall({
        ...row,
        model: call.model,
        status: 'error',
        errorCode: failure.code,
        errorMessage: failure.message,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: null,
        latencyMs: Math.round(performance.now() - started),
        attempts: failure.attempts,
      });
      throw failure;
    }
    const usage = result.usage ?? { inputTokens: 0, inputImageTokens: 0, outputTokens: 0 };
    const recorded = await this.usage.recordCall({
      ...row,
      model: result.model,
      status: 'ok',
      errorCode: null,
      errorMessage: null,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      // Without reported usage the cost is unknown rather than zero.
      costUsd: result.usage || this.demo ? imageCostOf(this.catalog.price(result.model), usage) : null,
      latencyMs: Math.round(performance.now() - started),
      attempts: result.attempts,
    });
    return {
      png: result.png,
      width: result.width,
      height: result.height,
      model: result.model,
      demo: this.demo,
      llmCallId: recorded?.id ?? null,
    };
  }
}
