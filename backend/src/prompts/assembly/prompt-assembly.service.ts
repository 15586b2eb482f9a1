import { Injectable } from '@nestjs/common';
import type { ChatMessage, ResponseFormat } from 'src/ai/ai.types';
import { ModelCatalogService } from 'src/ai/models/model-catalog.service';
import { countTextTokens } from 'src/ai/tokens/token-counter';
import { fitToBudget, type TrimReport } from 'src/ai/tokens/token-budget';
import type { ActionType } from 'src/curriculum/actions';
import { PHASE_INFO } from 'src/curriculum/phases';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { actionInstructions } from 'src/prompts/assembly/action-instructions';
import { coachReplyFormat, offeredActions } from 'src/prompts/assembly/response-schema';
import { renderContextValues } from 'src/prompts/context/context-values';
import { promptKey } from 'src/prompts/prompt-keys';
import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';
import { type PromptVersionRow, PromptsRepository } from 'src/prompts/prompts.repository';
import { renderTemplate } from 'src/prompts/template/template-engine';

export interface PromptVersionRef {
  id: string;
  key: string;
  version: number;
}

export interface AssembleOptions {
  context: PromptContext;
  /** Defaults to the coach model. */
  model?: string;
  /** Versions to use instead of the active ones (evaluation pins, previews of drafts). */
  versionIds?: string[];
  /** Allowed actions to leave out of this call's schema (the brainstorming hand-off pass). */
  withoutActions?: readonly ActionType[];
  maxOutputTokens?: number;
}

export interface AssembledPrompt {
  model: string;
  messages: ChatMessage[];
  responseFormat: ResponseFormat | null;
  allowedActions: ActionType[];
  versions: PromptVersionRef[];
  promptTokens: number;
  budgetTokens: number;
  contextWindow: number;
  trimmed: TrimReport;
}

const ref = (row: PromptVersionRow): PromptVersionRef => ({
  id: row.id,
  key: row.template.key,
  version: row.version,
});

/**
 * Builds what the model receives for a coach turn — system prompt, remembered notes, the phase
 * body (with the focus category's guide), generated action instructions, then the conversation
 * — from the active (or pinned) versions, within the model's token budget.
 */
@Injectable()
export class PromptAssemblyService {
  constructor(
    private readonly prompts: PromptsRepository,
    private readonly catalog: ModelCatalogService,
  ) {}

  async assembleCoachTurn(options: AssembleOptions): Promise<AssembledPrompt> {
    const { context } = options;
    const phase = context.currentPhase;
    if (!PHASE_INFO[phase].usesModel) {
      throw new PromptException(
        PromptErrorCode.InvalidKey,
        `The coach does not call the model in ${phase}.`,
        [{ field: 'phase', message: `${phase} has no prompt` }],
      );
    }
    const systemKey = promptKey({ kind: 'system', phase: null, category: null });
    const phaseKey = promptKey({ kind: 'phase', phase, category: null });
    const guideKey = promptKey({ kind: 'category_guide', phase: null, category: context.identityFocus });
    const versions = await this.resolve([systemKey, phaseKey, guideKey], options.versionIds ?? []);
    const system = this.required(versions, systemKey);
    const phasePrompt = this.required(versions, phaseKey);
    const guide = versions.get(guideKey);

    const baseValues = renderContextValues(context);
    const usesGuide = [system, phasePrompt].some((row) =>
      row.requiredContextKeys.includes('focus_category_guide'),
    );
    const guideText = guide && usesGuide ? renderTemplate(guide.body, baseValues) : '';
    const values = { ...baseValues, focus_category_guide: guideText };

    const without = options.withoutActions ?? [];
    const allowedActions = offeredActions(phasePrompt.allowedActions, phase).filter(
      (type) => !without.includes(type),
    );
    const responseFormat = coachReplyFormat(allowedActions, phase);
    const fixed: ChatMessage[] = [
      { role: 'system', content: renderTemplate(system.body, values) },
      ...(context.userNotes.length > 0
        ? [
            {
              role: 'system' as const,
              content: `What you remember about ${context.userName} from earlier conversations (they can see and edit these notes):\n${values.user_notes}`,
            },
          ]
        : []),
      { role: 'system', content: renderTemplate(phasePrompt.body, values) },
      { role: 'system', content: actionInstructions(allowedActions, phase) },
    ];

    const used = [system, phasePrompt, ...(guide && usesGuide ? [guide] : [])];
    return this.withinBudget(options, fixed, responseFormat, allowedActions, used);
  }

  /** Renders one standalone template (sentinel, safety) as a system message, no schema. */
  async assembleStandalone(kind: 'sentinel' | 'safety', options: AssembleOptions): Promise<AssembledPrompt> {
    const key = promptKey({ kind, phase: null, category: null });
    const version = this.required(await this.resolve([key], options.versionIds ?? []), key);
    const fixed: ChatMessage[] = [
      { role: 'system', content: renderTemplate(version.body, renderContextValues(options.context)) },
    ];
    return this.withinBudget(
      { ...options, context: { ...options.context, recentMessages: [] } },
      fixed,
      null,
      [],
      [version],
    );
  }

  private withinBudget(
    options: AssembleOptions,
    fixed: ChatMessage[],
    responseFormat: ResponseFormat | null,
    allowedActions: ActionType[],
    used: PromptVersionRow[],
  ): AssembledPrompt {
    const model = options.model ?? this.catalog.modelFor('coach_turn');
    const capabilities = this.catalog.capabilities(model);
    const budgetTokens = this.catalog.promptBudget(model, options.maxOutputTokens);
    const fitted = fitToBudget({
      fixed,
      history: options.context.recentMessages.map((message) => ({
        id: message.id,
        role: message.role,
        content: message.content,
        summaries: message.actionSummaries,
      })),
      overheadTokens: responseFormat
        ? countTextTokens(JSON.stringify(responseFormat.schema), capabilities.encoding)
        : 0,
      budgetTokens,
      encoding: capabilities.encoding,
    });
    return {
      model,
      messages: fitted.messages,
      responseFormat,
      allowedActions,
      versions: used.map(ref),
      promptTokens: fitted.promptTokens,
      budgetTokens,
      contextWindow: capabilities.contextWindow,
      trimmed: fitted.trimmed,
    };
  }

  /** Active versions for `keys`, with pinned versions replacing the active one of their key. */
  private async resolve(keys: string[], versionIds: string[]): Promise<Map<string, PromptVersionRow>> {
    const pinned = await this.prompts.findVersionsByIds(versionIds);
    const missing = versionIds.filter((id) => !pinned.some((row) => row.id === id));
    if (missing.length > 0) {
      throw new PromptException(
        PromptErrorCode.NotFound,
        `Prompt version(s) ${missing.join(', ')} do not exist.`,
        [{ field: 'versionIds', message: `unknown version id(s): ${missing.join(', ')}` }],
      );
    }
    const byKey = new Map<string, PromptVersionRow>();
    for (const row of pinned) {
      if (byKey.has(row.template.key)) {
        throw new PromptException(
          PromptErrorCode.PinnedVersionMismatch,
          `Two pinned versions for ${row.template.key}; pin at most one per prompt.`,
          [{ field: 'versionIds', message: `more than one version of ${row.template.key}` }],
        );
      }
      byKey.set(row.template.key, row);
    }
    const unpinned = keys.filter((key) => !byKey.has(key));
    for (const row of await this.prompts.findActiveVersionsCached(unpinned)) {
      byKey.set(row.template.key, row);
    }
    return byKey;
  }

  private required(versions: Map<string, PromptVersionRow>, key: string): PromptVersionRow {
    const row = versions.get(key);
    if (!row) {
      throw new PromptException(
        PromptErrorCode.NoActiveVersion,
        `No active version of the ${key} prompt; save and activate one.`,
      );
    }
    return row;
  }
}
