import { Injectable } from '@nestjs/common';
import type { ImagePurpose, ImageSubject } from 'src/ai/images/image.types';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { CATEGORY_INFO } from 'src/curriculum/categories';
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
 * refine instructions that led to a draft. Renders the image prompt from the prompts module's
 * `image_generate` / `image_refine` templates.
 */
@Injectable()
export class StudioPromptService {
  constructor(
    private readonly identities: IdentitiesService,
    private readonly profiles: StudioProfileRepository,
    private readonly drafts: StudioDraftsRepository,
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

  async forDraft(draft: StudioDraftEntity): Promise<DraftPrompt> {
    const [identity, scene, appearance, instructions] = await Promise.all([
      this.identities.get(draft.userId, draft.identityId),
      this.profiles.findScene(draft.userId, draft.identityId),
      this.profiles.findAppearance(draft.userId),
      this.instructionChain(draft),
    ]);
    const subject: ImageSubject = {
      identityName: identity.name,
      category: CATEGORY_INFO[identity.category].label,
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
    const rendered = this.render(kind, subject, draft.instruction);
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

  private render(
    kind: 'generate' | 'refine',
    subject: ImageSubject,
    instruction: string | null,
  ): { prompt: string; promptVersionIds: string[] } {
    const scene = [
      subject.scene.setting && `Setting: ${subject.scene.setting}.`,
      subject.scene.clothing && `Clothing: ${subject.scene.clothing}.`,
      subject.scene.mood && `Mood: ${subject.scene.mood}.`,
      subject.scene.extraPrompt,
    ].filter(Boolean);
    const lines =
      kind === 'generate'
        ? [
            `A warm, realistic portrait of the client living as "${subject.identityName}" (${subject.category}).`,
            subject.appearance ? `How they look: ${subject.appearance}.` : '',
            ...scene,
          ]
        : [`Keep the same person and scene, and change this: ${instruction ?? ''}.`];
    return { prompt: lines.filter(Boolean).join('\n'), promptVersionIds: [] };
  }
}
