import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { OFFLINE_IMAGE_PROVIDER } from 'src/ai/images/image.types';
import { type AiProvider, OFFLINE_AI_PROVIDER } from 'src/ai/providers/ai-provider';
import type { AllConfig } from 'src/config/config.types';
import { DemoProvider } from 'src/demo-coach/demo.provider';
import { DemoImageProvider } from 'src/demo-coach/images/demo-image.provider';

// The offline "Demo coach": an AI provider that walks the curriculum without a network. It sits
// above both ai/ and curriculum/ so the AI layer stays generic; global so that every import of
// AiModule resolves the same provider.
@Global()
@Module({
  providers: [
    {
      provide: OFFLINE_AI_PROVIDER,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>): AiProvider =>
        new DemoProvider({ chunkDelayMs: config.get('ai', { infer: true }).demoChunkDelayMs }),
    },
    // The studio's offline illustrator (docs/studio.md), for ai's ImageService.
    { provide: OFFLINE_IMAGE_PROVIDER, useClass: DemoImageProvider },
  ],
  exports: [OFFLINE_AI_PROVIDER, OFFLINE_IMAGE_PROVIDER],
})
export class DemoCoachModule {}
