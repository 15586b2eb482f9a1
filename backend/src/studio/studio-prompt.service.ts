import { Injectable } from '@nestjs/common';
import type { ImagePurpose, ImageSubject } from 'src/ai/images/image.types';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { ImagePromptService } from 'src/prompts/images/image-prompt.service';
import type { StudioDraftEntity } from 'src/studio/entities/studio-draft.entity';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioProfileRepository } from 'src/studio/studio-profile.repository';

export interface DraftPrompt {
  purpose: ImagePurpose;
  subject: ImageSubject;
  prompt: string;
  promptVersionIds: string[];
}

/**
 * What a picture is of: the identity, its scene and the client's appearance, plus the chain of
 * refine instructions that led to a draft. The prompt itself is rendered by the prompts module
 * from the active `image_generate` / `image_refine` versions.
 */
@Injectable()
export class StudioPromptService {
  constructor(
    private readonly identities: IdentitiesService,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
    private readonly images: ImagePromptService,
  ) {}

  /** The client's own words that reach the image model, for moderation before anything is spent. */
  async screeningText(userId: string, identityId: string, instruction: string | null): Promise<string> {
    const [scene, appearance] = await Promise.all([
      this.profiles.findScene(userId, identityId),
      this.profiles.findAppearance(userId),
    ]);
    return [
      scene?.clothing,
      scene?.mood,
      scene?.setting,
      scene?.extraPrompt,
      appearance?.description,
      instruction,
    ]
      .filter((part): part is string => !!part?.trim())
      .join('\n');
  }

  async forDraft(draft: StudioDraftEntity, hasReferences: boolean): Promise<DraftPrompt> {
    const [identity, scene, appearance, instructions] = await Promise.all([
      this.identities.get(draft.userId, draft.identityId),
      this.profiles.findScene(draft.userId, draft.identityId),
      this.profiles.findAppearance(draft.userId),
      this.instructionChain(draft),
    ]);
    const subject: ImageSubject = {
      identityName: identity.name,
      // The key: the prompt and the demo illustrator each know what a category means.
      category: identity.category,
      scene: {
        clothing: scene?.clothing ?? null,
        mood: scene?.mood ?? null,
        setting: scene?.setting ?? null,
        extraPrompt: scene?.extraPrompt ?? null,
      },
      appearance: appearance?.description || null,
      instructions,
    };
    const kind = draft.parentId ? 'refine' : 'generate';
    const rendered = await this.images.buildPrompt({
      kind,
      subject,
      ...(draft.instruction ? { instruction: draft.instruction } : {}),
      hasReferences,
    });
    return {
      purpose: kind === 'refine' ? 'studio_refine' : 'studio_generate',
      subject,
      prompt: rendered.prompt,
      promptVersionIds: rendered.promptVersionIds,
    };
  }

  // The refine instructions from the first generation down to this draft, oldest first.
  private async instructionChain(draft: StudioDraftEntity): Promise<string[]> {
    const chain: string[] = [];
    let current: StudioDraftEntity | null = draft;
    for (let depth = 0; current && depth < 50; depth += 1) {
      if (current.instruction) {
        chain.unshift(current.instruction);
      }
      current = current.parentId ? await this.drafts.findAny(current.parentId) : null;
    }
    return chain;
  }
}
