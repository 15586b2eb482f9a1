import type { EntityManager } from 'typeorm';
import type { IdentityState } from 'src/curriculum/identity-states';
import { reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOrigin, ActionOutcome } from 'src/coaching/actions/action.types';
import { quote } from 'src/coaching/actions/summary-text';
import type { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import type { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { nameKey } from 'src/coaching/identities/identity-rules';
import type { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { phaseTarget, pickCurrentIdentity } from 'src/coaching/state/current-identity';

export type IdentityLookup = { ok: true; identity: IdentityEntity } | { ok: false; outcome: ActionOutcome };

/**
 * One client's coaching data while a list of actions applies, inside one transaction:
 * the locked coach state and the live identities, kept in step with what handlers write.
 * Handlers mutate `state` in memory; the engine saves it once at the end.
 */
export class ActionWorkspace {
  private readonly live: Map<string, IdentityEntity>;
  private stateTouched = false;
  private dataTouched = false;

  constructor(
    readonly db: EntityManager,
    readonly userId: string,
    readonly origin: ActionOrigin,
    readonly state: CoachStateEntity,
    liveIdentities: readonly IdentityEntity[],
    private readonly identities: IdentityRepository,
    readonly now: Date = new Date(),
  ) {
    this.live = new Map(liveIdentities.map((identity) => [identity.id, identity]));
  }

  /** Live identities in display order. */
  liveIdentities(): IdentityEntity[] {
    return [...this.live.values()].sort((a, b) => a.order - b.order);
  }

  /** A live identity of this client, or the rejection to report (unknown, another client's, archived). */
  async liveIdentity(id: string): Promise<IdentityLookup> {
    const found = this.live.get(id);
    if (found) {
      return { ok: true, identity: found };
    }
    // Ids are shape-checked as UUIDs before this point, so the lookup cannot fail on a cast.
    const owned = await this.identities.findOwned(this.db, this.userId, id);
    return {
      ok: false,
      outcome: owned
        ? reject(ActionRejectionCode.IdentityArchived, `Identity ${quote(owned.name)} is archived.`)
        : reject(ActionRejectionCode.IdentityNotFound, `No identity ${id} for this client.`),
    };
  }

  /** Whether a live identity other than `exceptIds` already has this name, ignoring case. */
  nameTaken(name: string, ...exceptIds: string[]): boolean {
    const key = nameKey(name);
    return [...this.live.values()].some(
      (identity) => !exceptIds.includes(identity.id) && nameKey(identity.name) === key,
    );
  }

  nextOrder(): number {
    return Math.max(-1, ...[...this.live.values()].map((identity) => identity.order)) + 1;
  }

  added(identity: IdentityEntity): void {
    this.live.set(identity.id, identity);
    this.dataTouched = true;
  }

  /** Call after writing an identity's change; archived ones leave the live set. */
  changed(identity: IdentityEntity): void {
    if (identity.archivedAt) {
      this.live.delete(identity.id);
    }
    this.dataTouched = true;
  }

  /** Records that the coach state (held in memory) changed and must be saved. */
  touchState(): void {
    this.stateTouched = true;
  }

  /** Breaks and other rows outside the coach state changed. */
  touchData(): void {
    this.dataTouched = true;
  }

  get stateDirty(): boolean {
    return this.stateTouched;
  }

  get anythingChanged(): boolean {
    return this.stateTouched || this.dataTouched;
  }

  /**
   * Points `currentIdentityId` at the oldest live identity not yet in `target` (default: the
   * current phase's target state); null when none is left or the phase has no target.
   */
  advanceCurrentIdentity(target: IdentityState | undefined = phaseTarget(this.state.currentPhase)): void {
    const next = pickCurrentIdentity([...this.live.values()], target);
    if (next !== this.state.currentIdentityId) {
      this.state.currentIdentityId = next;
      this.touchState();
    }
  }

  /** Moves on when the current identity stopped being live (archived, nested, merged away). */
  keepCurrentIdentityLive(): void {
    const current = this.state.currentIdentityId;
    if (current && !this.live.has(current)) {
      this.advanceCurrentIdentity();
    }
  }
}
