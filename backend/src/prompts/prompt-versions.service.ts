import { HttpStatus, Injectable } from '@nestjs/common';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import type { ActionType } from 'src/curriculum/actions';
import {
  type AdminListPage,
  type AdminListParams,
  parseAdminListQuery,
} from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterBoolean, filterString, filterUuid, filterUuidList } from 'src/common/admin-list/filter-values';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import { type PromptInput, validatePromptInput } from 'src/prompts/prompt-validation';
import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';
import {
  PROMPT_SORT_FIELDS,
  type PromptSortField,
  type PromptVersionFilter,
  type PromptVersionRow,
  PromptsRepository,
} from 'src/prompts/prompts.repository';

export interface PromptVersionView {
  id: string;
  templateId: string;
  key: string;
  kind: string;
  phase: string | null;
  category: string | null;
  version: number;
  body: string;
  changeNote: string;
  allowedActions: ActionType[];
  requiredContextKeys: string[];
  source: 'seed' | 'staff';
  authorId: string | null;
  isActive: boolean;
  createdAt: string;
}

export interface PromptDiffView {
  from: { id: string; key: string; version: number };
  to: { id: string; key: string; version: number };
  patch: string;
  additions: number;
  deletions: number;
  allowedActionsAdded: ActionType[];
  allowedActionsRemoved: ActionType[];
}

export interface NewVersionInput extends PromptInput {
  changeNote?: string;
  /** Make the new version the active one in the same transaction. */
  activate?: boolean;
}

const FILTER_KEYS = ['q', 'kind', 'phase', 'category', 'key', 'templateId', 'active', 'id'];

export const toVersionView = (row: PromptVersionRow): PromptVersionView => ({
  id: row.id,
  templateId: row.templateId,
  key: row.template.key,
  kind: row.template.kind,
  phase: row.template.phase,
  category: row.template.category,
  version: row.version,
  body: row.body,
  changeNote: row.changeNote,
  allowedActions: row.allowedActions,
  requiredContextKeys: row.requiredContextKeys,
  source: row.source,
  authorId: row.authorId,
  isActive: row.template.activeVersionId === row.id,
  createdAt: row.createdAt.toISOString(),
});

// react-admin sends `filter={"id":[...]}` for getMany; the rest are the list's own filters.
const parseFilter = (raw: Record<string, unknown>): PromptVersionFilter & { ids?: string[] } => {
  const unknown = Object.keys(raw).find((key) => !FILTER_KEYS.includes(key));
  if (unknown) {
    throw new AppException(
      CommonErrorCode.ValidationFailed,
      `Invalid filter: cannot filter by "${unknown}".`,
      HttpStatus.BAD_REQUEST,
      [{ field: `filter.${unknown}`, message: `not a filter; use one of ${FILTER_KEYS.join(', ')}` }],
    );
  }
  return {
    q: filterString(raw, 'q'),
    kind: filterString(raw, 'kind', 40),
    phase: filterString(raw, 'phase', 40),
    category: filterString(raw, 'category', 40),
    key: filterString(raw, 'key', 80),
    templateId: filterUuid(raw, 'templateId'),
    active: filterBoolean(raw, 'active'),
    ids: filterUuidList(raw, 'id'),
  };
};

/** Versioning of prompt templates: save, list, read, activate (or roll back) and diff. */
@Injectable()
export class PromptVersionsService {
  constructor(private readonly prompts: PromptsRepository) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<PromptVersionView>> {
    const params: AdminListParams<PromptSortField> = parseAdminListQuery(query, {
      sortable: PROMPT_SORT_FIELDS,
      defaultSort: ['createdAt', 'DESC'],
    });
    const { ids, ...filter } = parseFilter(params.filter);
    if (ids) {
      const rows = await this.prompts.findVersionsByIds(ids);
      return { items: rows.map(toVersionView), total: rows.length, offset: 0 };
    }
    const [rows, total] = await this.prompts.listVersions(params, filter);
    return { items: rows.map(toVersionView), total, offset: params.offset };
  }

  async get(id: string): Promise<PromptVersionView> {
    return toVersionView(await this.findOrThrow(id));
  }

  /**
   * Saves a new immutable version. Validation happens before any write, so a rejected template
   * leaves the active version exactly as it was. The first version of a key becomes active.
   */
  async create(input: NewVersionInput, authorId: string | null): Promise<PromptVersionView> {
    const valid = validatePromptInput(input);
    const id = await this.prompts.transaction(async (manager) => {
      const template = await this.prompts.ensureTemplate(manager, valid.parts);
      const version = await this.prompts.insertVersion(manager, template, {
        body: valid.body,
        changeNote: (input.changeNote ?? '').trim(),
        allowedActions: valid.allowedActions,
        requiredContextKeys: valid.requiredContextKeys,
        source: 'staff',
        seedHash: null,
        authorId,
      });
      if (input.activate || !template.activeVersionId) {
        await this.prompts.setActiveVersion(manager, template.id, version.id, authorId);
      }
      return version.id;
    });
    return this.get(id);
  }

  /** Makes any version of a key the active one; activating an older one is a rollback. */
  async activate(id: string, actorId: string | null): Promise<PromptVersionView> {
    const row = await this.findOrThrow(id);
    await this.prompts.transaction(async (manager) => {
      await this.prompts.lockTemplate(manager, row.template.key);
      await this.prompts.setActiveVersion(manager, row.templateId, row.id, actorId);
    });
    return this.get(id);
  }

  /** Unified diff from `againstId` (before) to `id` (after). */
  async diff(id: string, againstId: string): Promise<PromptDiffView> {
    const [after, before] = await Promise.all([this.findOrThrow(id), this.findOrThrow(againstId)]);
    const label = (row: PromptVersionRow): string => `${row.template.key}@v${row.version}`;
    const patch = createTwoFilesPatch(
      label(before),
      label(after),
      before.body,
      after.body,
      undefined,
      undefined,
      {
        context: 3,
      },
    );
    const lines = structuredPatch(label(before), label(after), before.body, after.body).hunks.flatMap(
      (hunk) => hunk.lines,
    );
    return {
      from: { id: before.id, key: before.template.key, version: before.version },
      to: { id: after.id, key: after.template.key, version: after.version },
      patch,
      additions: lines.filter((line) => line.startsWith('+')).length,
      deletions: lines.filter((line) => line.startsWith('-')).length,
      allowedActionsAdded: after.allowedActions.filter((action) => !before.allowedActions.includes(action)),
      allowedActionsRemoved: before.allowedActions.filter((action) => !after.allowedActions.includes(action)),
    };
  }

  private async findOrThrow(id: string): Promise<PromptVersionRow> {
    const row = await this.prompts.findVersionById(id);
    if (!row) {
      throw new PromptException(PromptErrorCode.NotFound, `Prompt version ${id} does not exist.`);
    }
    return row;
  }
}
