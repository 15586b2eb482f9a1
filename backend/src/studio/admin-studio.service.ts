import { Injectable } from '@nestjs/common';
import { UsersService } from 'src/users/users.service';
import { STAFF_DRAFTS_BASE, toDraftDto } from 'src/studio/draft.view';
import type { AdminStudioDto } from 'src/studio/dto/studio.dto';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioGateService } from 'src/studio/studio-gate.service';
import { StudioService, toQuotaDto } from 'src/studio/studio.service';

export const STAFF_REFERENCES_BASE = '/api/v1/admin/studio/references';

/** Staff's read of one client's studio: inputs, every live draft per identity, quota and gate. */
@Injectable()
export class AdminStudioService {
  constructor(
    private readonly users: UsersService,
    private readonly gate: StudioGateService,
    private readonly studio: StudioService,
    private readonly drafts: StudioDraftsRepository,
  ) {}

  async forUser(userId: string): Promise<AdminStudioDto> {
    await this.users.getById(userId);
    const [access, quota, inputs, drafts] = await Promise.all([
      this.gate.access(userId),
      this.gate.quota(userId),
      this.studio.inputs(userId, STAFF_REFERENCES_BASE),
      this.drafts.listForUser(userId),
    ]);
    return {
      open: access.open,
      override: access.override,
      quota: toQuotaDto(quota),
      appearance: inputs.appearance,
      references: inputs.references,
      identities: inputs.identities.map((identity) => ({
        ...identity,
        drafts: drafts
          .filter((draft) => draft.identityId === identity.id)
          .map((draft) => toDraftDto(draft, identity.savedDraftId, STAFF_DRAFTS_BASE)),
      })),
    };
  }
}
