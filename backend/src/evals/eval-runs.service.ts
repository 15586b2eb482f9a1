import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type FindOptionsSelect, type FindOptionsWhere, In, Raw } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterString, filterUuid, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';
import type { AdminEvalRunDetailDto, AdminEvalRunDto } from 'src/evals/dto/admin-eval-run.dto';
import type { EvalReportDto } from 'src/evals/dto/eval-report.dto';
import { EvalRunEntity } from 'src/evals/eval-run.entity';
import { reportHtml } from 'src/eval/eval-html';
import type { EvalReport } from 'src/eval/eval-report';
import { resolvePromptVersions, summarize, type VersionCandidate } from 'src/evals/eval-summary';

export enum EvalErrorCode {
  ReportUnreadable = 'eval_report_unreadable',
}

// Lists never carry the report itself (up to 2 MB each); the show route does.
const LIST_COLUMNS: FindOptionsSelect<EvalRunEntity> = {
  id: true,
  createdAt: true,
  createdBy: true,
  createdVia: true,
  provider: true,
  model: true,
  promptVersions: true,
  summary: true,
};

/** Evaluation reports posted by `npm run eval -- --post-to`, for the back office. */
@Injectable()
export class EvalRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get runs() {
    return this.dataSource.getRepository(EvalRunEntity);
  }

  async record(report: EvalReportDto, actor: AuthPrincipal, meta: ClientMetadata): Promise<AdminEvalRunDto> {
    const promptVersions = resolvePromptVersions(report, await this.candidatesFor(report));
    const byKey = actor.via === 'api-key' && actor.apiKeyId !== undefined;
    const run = await this.runs.save(
      this.runs.create({
        createdBy: byKey ? actor.apiKeyId : actor.userId,
        createdVia: byKey ? 'api_key' : 'user',
        provider: report.provider,
        model: report.model ?? null,
        promptVersions,
        promptVersionIds: [
          ...new Set(
            promptVersions.flatMap((run) => Object.values(run.versions)).filter((id) => id !== null),
          ),
        ],
        summary: summarize(report),
        // The validated report is a class instance; stored as the plain JSON it came as.
        report: JSON.parse(JSON.stringify(report)) as Record<string, unknown>,
      }),
    );
    await this.audit.record({
      action: AuditAction.EvalRunRecorded,
      actorId: actor.userId,
      targetType: 'eval_run',
      targetId: run.id,
      meta,
      details: {
        provider: run.provider,
        apiKeyId: actor.apiKeyId ?? null,
        personasPassed: run.summary.map(
          (summary) => `${summary.label} ${summary.personasPassed}/${summary.personasTotal}`,
        ),
      },
    });
    return this.toDto(run);
  }

  async list(query: AdminListQueryDto): Promise<AdminListPage<AdminEvalRunDto>> {
    const { filter, ...request } = parseAdminListQuery(query, {
      sortable: ['createdAt', 'provider'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const ids = filterUuidList(filter, 'id');
    const promptVersionId = filterUuid(filter, 'promptVersionId');
    const provider = filterString(filter, 'provider', 40);
    const where: FindOptionsWhere<EvalRunEntity> = {
      ...(ids ? { id: In(ids) } : {}),
      ...(provider ? { provider } : {}),
      ...(promptVersionId
        ? { promptVersionIds: Raw((column) => `:promptVersionId = ANY(${column})`, { promptVersionId }) }
        : {}),
    };
    const [rows, total] = await this.runs.findAndCount({
      select: LIST_COLUMNS,
      where,
      order: { [request.sortField]: request.sortOrder, id: 'ASC' },
      skip: request.offset,
      take: request.limit,
    });
    return { items: rows.map((row) => this.toDto(row)), total, offset: request.offset };
  }

  async get(id: string): Promise<AdminEvalRunDetailDto> {
    const run = await this.runs.findOneBy({ id });
    if (!run) {
      throw new AppException(CommonErrorCode.NotFound, 'Evaluation not found.', HttpStatus.NOT_FOUND);
    }
    return { ...this.toDto(run), report: run.report };
  }

  /**
   * The report's HTML page, rendered from the stored JSON on each request (a report is up to
   * 2 MB, so storing the page too would double it). The server checks only what it reads of a
   * posted report; one without what the page shows (transcripts, usage) gets a 409, not a 500.
   */
  async reportPage(id: string): Promise<string> {
    const run = await this.runs.findOne({ select: { id: true, report: true }, where: { id } });
    if (!run) {
      throw new AppException(CommonErrorCode.NotFound, 'Evaluation not found.', HttpStatus.NOT_FOUND);
    }
    try {
      return reportHtml(run.report as unknown as EvalReport);
    } catch {
      throw new AppException(
        EvalErrorCode.ReportUnreadable,
        'This stored report lacks parts the page shows; read it as JSON instead.',
        HttpStatus.CONFLICT,
      );
    }
  }

  /** Versions here whose text one of the report's pins has (hash computed in SQL, few rows). */
  private candidatesFor(report: EvalReportDto): Promise<VersionCandidate[]> {
    const hashes = [...new Set(report.runs.flatMap((run) => run.pinned.map((pin) => pin.bodyHash)))];
    return this.dataSource.query<VersionCandidate[]>(
      `SELECT * FROM (
         SELECT v.id, t.key, v.version,
                left(encode(sha256(convert_to(v.body, 'UTF8')), 'hex'), 12) AS "bodyHash"
         FROM prompt_versions v JOIN prompt_templates t ON t.id = v.template_id
       ) hashed
       WHERE "bodyHash" = ANY($1)`,
      [hashes],
    );
  }

  private toDto(run: EvalRunEntity): AdminEvalRunDto {
    return {
      id: run.id,
      createdAt: run.createdAt.toISOString(),
      createdBy: run.createdBy,
      createdVia: run.createdVia,
      provider: run.provider,
      model: run.model,
      promptVersions: run.promptVersions,
      summary: run.summary,
    };
  }
}
