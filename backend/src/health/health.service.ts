import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueService } from 'src/queue/queue.service';

export type CheckStatus = 'up' | 'down';

export interface ReadinessReport {
  status: 'ok' | 'error';
  checks: Record<string, { status: CheckStatus; latencyMs: number; error?: string }>;
}

const timed = async (probe: () => Promise<unknown>) => {
  const started = performance.now();
  try {
    await probe();
    return { status: 'up' as const, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down' as const,
      latencyMs: Math.round(performance.now() - started),
      // Only the error class: driver messages can carry hosts and credentials.
      error: error instanceof Error ? error.name : 'Error',
    };
  }
};

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const [database, queue] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.queue.ping()),
    ]);
    const checks = { database, queue };
    const healthy = Object.values(checks).every((check) => check.status === 'up');
    return { status: healthy ? 'ok' : 'error', checks };
  }
}
