import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { AllConfig } from 'src/config/config.types';
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
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const [database, queue] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.queue.ping()),
    ]);
    const checks = { database, queue, provider: this.providerConfigured() };
    const healthy = Object.values(checks).every((check) => check.status === 'up');
    return { status: healthy ? 'ok' : 'error', checks };
  }

  // "Configured", not "reachable": probing the model API on every readiness check would cost
  // money and tie our readiness to theirs. The demo provider is always configured.
  private providerConfigured(): { status: CheckStatus; latencyMs: number; error?: string } {
    const ai = this.config.get('ai', { infer: true });
    const configured = ai.provider === 'demo' || Boolean(ai.openaiApiKey ?? ai.openaiBaseUrl);
    return configured
      ? { status: 'up', latencyMs: 0 }
      : { status: 'down', latencyMs: 0, error: 'NotConfigured' };
  }
}
