import { Module } from '@nestjs/common';
import { AiModule } from 'src/ai/ai.module';
import { ActivePromptCache } from 'src/prompts/active-prompt.cache';
import { PromptAssemblyService } from 'src/prompts/assembly/prompt-assembly.service';
import { PromptContextSources } from 'src/prompts/context/prompt-context-sources.service';
import { ImagePromptService } from 'src/prompts/images/image-prompt.service';
import { PromptPreviewService } from 'src/prompts/prompt-preview.service';
import { PromptVersionsService } from 'src/prompts/prompt-versions.service';
import { PromptsController } from 'src/prompts/prompts.controller';
import { PromptsRepository } from 'src/prompts/prompts.repository';
import { PromptSeeder } from 'src/prompts/seed/prompt-seeder.service';

@Module({
  imports: [AiModule],
  controllers: [PromptsController],
  providers: [
    ActivePromptCache,
    PromptsRepository,
    PromptVersionsService,
    PromptAssemblyService,
    PromptPreviewService,
    PromptContextSources,
    PromptSeeder,
    ImagePromptService,
  ],
  exports: [PromptAssemblyService, PromptVersionsService, PromptContextSources, ImagePromptService],
})
export class PromptsModule {}
