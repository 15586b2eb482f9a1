import { Injectable } from '@nestjs/common';
import type { Phase } from 'src/curriculum/phases';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';

/** Builds a real client's context from coaching data; null when the user has none. */
export interface UserContextSource {
  forUser(userId: string): Promise<PromptContext | null>;
}

/**
 * Where prompt contexts for real clients come from. The coaching module owns that data and
 * registers its source at start-up (`useUserSource` from its `onModuleInit`), so prompts never
 * reads another module's tables and the two modules do not import each other.
 */
@Injectable()
export class PromptContextSources {
  private userSource: UserContextSource | null = null;

  useUserSource(source: UserContextSource): void {
    this.userSource = source;
  }

  async forUser(userId: string, phase?: Phase): Promise<PromptContext> {
    if (!this.userSource) {
      throw new PromptException(
        PromptErrorCode.UserContextUnavailable,
        'Previews for a real client need coaching data, which this server does not have yet; send a context or use the sample.',
      );
    }
    const context = await this.userSource.forUser(userId);
    if (!context) {
      throw new PromptException(
        PromptErrorCode.UserContextUnavailable,
        `No coaching context for user ${userId}.`,
      );
    }
    return phase ? { ...context, currentPhase: phase } : context;
  }
}
