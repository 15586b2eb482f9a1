import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Which prompt version each key resolved to in one run of a report (null: no such text here). */
export interface EvalRunPromptVersions {
  label: string;
  versions: Record<string, string | null>;
}

export interface EvalPersonaSummary {
  id: string;
  passed: boolean;
  graderPasses: number;
  graderFailures: number;
}

export interface EvalRunSummary {
  label: string;
  personasPassed: number;
  personasTotal: number;
  personas: EvalPersonaSummary[];
  totals: Record<string, number | null>;
}

/** One `npm run eval` report as posted to the back office (1796409083792-CreateEvalRuns). */
@Entity({ name: 'eval_runs' })
export class EvalRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The staff member's id, or the API key's id when `createdVia` is `api_key`. */
  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 10 })
  createdVia: 'user' | 'api_key';

  @Column({ type: 'varchar', length: 40 })
  provider: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  model: string | null;

  @Column({ type: 'jsonb' })
  promptVersions: EvalRunPromptVersions[];

  /** Every version id in `promptVersions`, for the `promptVersionId` filter (GIN index). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  promptVersionIds: string[];

  /** One entry per run in the report: the candidate last when it compared two. */
  @Column({ type: 'jsonb' })
  summary: EvalRunSummary[];

  @Column({ type: 'jsonb' })
  report: Record<string, unknown>;
}
