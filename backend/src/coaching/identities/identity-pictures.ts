import { Injectable } from '@nestjs/common';

/** Where identities' pictures come from (the visualization studio, which sits above coaching). */
export interface IdentityPictureSource {
  /** PNG bytes of each identity's saved picture (identity id → bytes); identities without one are left out. */
  picturesFor(userId: string, identityIds: readonly string[]): Promise<Map<string, Buffer>>;
}

/**
 * The contract the "I am" PDF reads pictures through. The studio registers itself at start-up;
 * without it (a core-only app) documents simply have no pictures.
 */
@Injectable()
export class IdentityPictures {
  private source: IdentityPictureSource | null = null;

  register(source: IdentityPictureSource): void {
    this.source = source;
  }

  picturesFor(userId: string, identityIds: readonly string[]): Promise<Map<string, Buffer>> {
    return this.source && identityIds.length > 0
      ? this.source.picturesFor(userId, identityIds)
      : Promise.resolve(new Map<string, Buffer>());
  }
}
