import { Injectable } from '@nestjs/common';
import { LlmService } from 'src/ai/llm.service';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { type AssembledPrompt, PromptAssemblyService } from 'src/prompts/assembly/prompt-assembly.service';
import { PromptContextSources } from 'src/prompts/context/prompt-context-sources.service';
import { sampleContext } from 'src/prompts/context/sample-context';
import type { PreviewPromptDto } from 'src/prompts/dto/preview-prompt.dto';
import type { PromptContextDto } from 'src/prompts/dto/prompt-context.dto';
import type { PromptPreviewResponseDto } from 'src/prompts/dto/prompt-preview-response.dto';

const fromDto = (dto: PromptContextDto): PromptContext => ({
  userName: dto.userName,
  currentPhase: dto.currentPhase,
  identityFocus: dto.identityFocus,
  skippedCategories: dto.skippedCategories ?? [],
  identities: (dto.identities ?? []).map((identity) => ({
    ...identity,
    iAmStatement: identity.iAmStatement ?? null,
    parentId: identity.parentId ?? null,
  })),
  whoYouAre: dto.whoYouAre ?? [],
  whoYouWantToBe: dto.whoYouWantToBe ?? [],
  askedQuestions: dto.askedQuestions ?? [],
  currentIdentityId: dto.currentIdentityId ?? null,
  userNotes: dto.userNotes ?? [],
  recentMessages: dto.recentMessages ?? [],
});

/** What staff see before rolling a prompt out: the exact request, and optionally a reply. */
@Injectable()
export class PromptPreviewService {
  constructor(
    private readonly assembly: PromptAssemblyService,
    private readonly sources: PromptContextSources,
    private readonly llm: LlmService,
  ) {}

  async preview(request: PreviewPromptDto, actorId: string | null): Promise<PromptPreviewResponseDto> {
    const { context, contextSource } = await this.resolveContext(request);
    const target = request.target ?? 'coach_turn';
    const options = { context, model: request.model, versionIds: request.versionIds };
    const assembled: AssembledPrompt =
      target === 'coach_turn'
        ? await this.assembly.assembleCoachTurn(options)
        : await this.assembly.assembleStandalone(target, options);

    const response: PromptPreviewResponseDto = {
      target,
      contextSource,
      context,
      model: assembled.model,
      messages: assembled.messages,
      responseSchema: assembled.responseFormat ? assembled.responseFormat.schema : null,
      allowedActions: assembled.allowedActions,
      versions: assembled.versions,
      promptTokens: assembled.promptTokens,
      budgetTokens: assembled.budgetTokens,
      contextWindow: assembled.contextWindow,
      trimmed: assembled.trimmed,
    };
    if (!request.generate) {
      return response;
    }
    // Previews are deterministic and often repeated while editing: the cache makes reruns free.
    const reply = await this.llm.complete({
      purpose: 'prompt_preview',
      userId: actorId,
      model: assembled.model,
      messages: assembled.messages,
      responseFormat: assembled.responseFormat ?? undefined,
      context,
      promptVersionIds: assembled.versions.map((version) => version.id),
      budget: { promptTokens: assembled.promptTokens, trimmed: assembled.trimmed },
      cache: true,
    });
    return {
      ...response,
      reply: {
        text: reply.text,
        json: (reply.json as Record<string, unknown> | null) ?? null,
        provider: reply.provider,
        model: reply.model,
        cached: reply.cached,
        usage: {
          inputTokens: reply.usage.inputTokens,
          outputTokens: reply.usage.outputTokens,
          cachedTokens: reply.usage.cachedTokens,
        },
        latencyMs: reply.timing.latencyMs,
      },
    };
  }

  private async resolveContext(
    request: PreviewPromptDto,
  ): Promise<{ context: PromptContext; contextSource: 'explicit' | 'user' | 'sample' }> {
    if (request.context) {
      const context = fromDto(request.context);
      return {
        context: request.phase ? { ...context, currentPhase: request.phase } : context,
        contextSource: 'explicit',
      };
    }
    if (request.userId) {
      return { context: await this.sources.forUser(request.userId, request.phase), contextSource: 'user' };
    }
    return { context: sampleContext(request.phase), contextSource: 'sample' };
  }
}
