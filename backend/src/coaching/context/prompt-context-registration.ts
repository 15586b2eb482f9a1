import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import { PromptContextSources } from 'src/prompts/context/prompt-context-sources.service';

/**
 * Hands the prompts module our source of real clients' contexts (staff previews, and the
 * turn pipeline's prompt). Looked up rather than injected so the coaching core also runs
 * without the prompts module (its integration tests); once the turn pipeline imports
 * PromptsModule for assembly, this can become plain constructor injection.
 */
@Injectable()
export class PromptContextRegistration implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly context: CoachingContextService,
  ) {}

  onModuleInit(): void {
    let sources: PromptContextSources;
    try {
      sources = this.moduleRef.get(PromptContextSources, { strict: false });
    } catch {
      // No prompts module in this application context.
      return;
    }
    sources.useUserSource(this.context);
  }
}
