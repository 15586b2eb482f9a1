import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmCacheEntryEntity } from 'src/ai/cache/entities/llm-cache-entry.entity';
import { ResponseCacheRepository } from 'src/ai/cache/response-cache.repository';
import { ResponseCacheService } from 'src/ai/cache/response-cache.service';
import { IMAGE_PROVIDER, ImageService } from 'src/ai/images/image.service';
import { type ImageProvider, OFFLINE_IMAGE_PROVIDER } from 'src/ai/images/image.types';
import { OpenAiImageProvider } from 'src/ai/images/openai-image.provider';
import { LlmService } from 'src/ai/llm.service';
import { ModelCatalogService } from 'src/ai/models/model-catalog.service';
import { AI_PROVIDER, type AiProvider, OFFLINE_AI_PROVIDER } from 'src/ai/providers/ai-provider';
import { OpenAiProvider } from 'src/ai/providers/openai/openai.provider';
import type { AllConfig } from 'src/config/config.types';
import { traceAiProvider } from 'src/observability/llm-observability';
import { UsageModule } from 'src/usage/usage.module';

@Module({
  imports: [TypeOrmModule.forFeature([LlmCacheEntryEntity]), UsageModule],
  providers: [
    ModelCatalogService,
    ResponseCacheRepository,
    ResponseCacheService,
    LlmService,
    {
      provide: AI_PROVIDER,
      inject: [ConfigService, ModelCatalogService, { token: OFFLINE_AI_PROVIDER, optional: true }],
      useFactory: (
        config: ConfigService<AllConfig, true>,
        catalog: ModelCatalogService,
        offline: AiProvider | undefined,
      ): AiProvider => {
        const ai = config.get('ai', { infer: true });
        if (ai.provider === 'demo') {
          if (!offline) {
            throw new Error('AI_PROVIDER=demo needs the demo coach module (DemoCoachModule) in the app');
          }
          return traceAiProvider(offline);
        }
        // traceAiProvider: a span per model call when tracing is on, the provider itself otherwise.
        return traceAiProvider(
          new OpenAiProvider(
            {
              apiKey: ai.openaiApiKey,
              baseUrl: ai.openaiBaseUrl,
              moderationModel: ai.moderationModel,
              timeoutMs: ai.timeoutMs,
              retry: {
                maxRetries: ai.maxRetries,
                baseDelayMs: ai.retryBaseDelayMs,
                maxDelayMs: ai.retryMaxDelayMs,
              },
            },
            catalog,
          ),
        );
      },
    },
    ImageService,
    {
      provide: IMAGE_PROVIDER,
      inject: [ConfigService, { token: OFFLINE_IMAGE_PROVIDER, optional: true }],
      useFactory: (
        config: ConfigService<AllConfig, true>,
        offline: ImageProvider | undefined,
      ): ImageProvider => {
        const ai = config.get('ai', { infer: true });
        if (ai.provider === 'demo') {
          if (!offline) {
            throw new Error('AI_PROVIDER=demo needs the demo coach module (DemoCoachModule) in the app');
          }
          return offline;
        }
        return new OpenAiImageProvider({
          apiKey: ai.openaiApiKey,
          baseUrl: ai.openaiBaseUrl,
          retry: {
            maxRetries: ai.maxRetries,
            baseDelayMs: ai.retryBaseDelayMs,
            maxDelayMs: ai.retryMaxDelayMs,
          },
        });
      },
    },
  ],
  exports: [LlmService, ModelCatalogService, ImageService],
})
export class AiModule {}
