import { Injectable } from '@nestjs/common';
import type {
  AdminDashboardDto,
  DailyTurnsDto,
  TurnPeriodDto,
} from 'src/admin-coaching/dto/admin-dashboard.dto';
import { InvitesService } from 'src/auth/services/invites.service';
import { CoachingStaffQueries, type TurnTally } from 'src/coaching/staff/coaching-staff.queries';
import { PHASES } from 'src/curriculum/phases';
import { SafetyService } from 'src/safety/safety.service';
import { UsageService } from 'src/usage/usage.service';

const DAY_MS = 24 * 60 * 60 * 1000;

const startOfUtcDay = (at: Date): Date =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

const period = (tally: TurnTally[], costUsd: number): TurnPeriodDto => ({
  turns: tally.reduce((sum, row) => sum + row.turns, 0),
  failed: tally.find((row) => row.status === 'failed')?.turns ?? 0,
  tokens: tally.reduce((sum, row) => sum + row.inputTokens + row.outputTokens, 0),
  costUsd,
});

/** Seven days ending today, so the chart has a bar (maybe empty) for each. */
const fillWeek = (rows: DailyTurnsDto[], weekStart: Date): DailyTurnsDto[] =>
  Array.from({ length: 7 }, (_, index) => {
    const day = new Date(weekStart.getTime() + index * DAY_MS).toISOString().slice(0, 10);
    return rows.find((row) => row.day === day) ?? { day, turns: 0, failed: 0, tokens: 0 };
  });

/** The figures the back office opens on, each read from the module that owns it. */
@Injectable()
export class AdminDashboardService {
  constructor(
    private readonly coaching: CoachingStaffQueries,
    private readonly usage: UsageService,
    private readonly safety: SafetyService,
    private readonly invites: InvitesService,
  ) {}

  async get(now = new Date()): Promise<AdminDashboardDto> {
    const today = startOfUtcDay(now);
    const weekStart = new Date(today.getTime() - 6 * DAY_MS);
    const [phases, todayTurns, weekTurns, daily, todayCost, weekCost, stuck, openEvents, invites] =
      await Promise.all([
        this.coaching.clientsByPhase(),
        this.coaching.turnTally(today),
        this.coaching.turnTally(weekStart),
        this.coaching.dailyTurns(weekStart),
        this.usage.totalsSince(today),
        this.usage.totalsSince(weekStart),
        this.coaching.listTurns(
          { stuck: true },
          { sortField: 'createdAt', sortOrder: 'DESC', offset: 0, limit: 1 },
          now,
        ),
        this.safety.countOpen(),
        this.invites.list({ filter: JSON.stringify({ status: ['pending'] }), range: '[0,0]' }),
      ]);
    return {
      clientsByPhase: PHASES.map((phase) => ({
        phase,
        clients: phases.find((row) => row.phase === phase)?.clients ?? 0,
      })),
      today: period(todayTurns, todayCost.costUsd),
      last7Days: period(weekTurns, weekCost.costUsd),
      daily: fillWeek(daily, weekStart),
      stuckTurns: stuck[1],
      openSafetyEvents: openEvents,
      pendingInvites: invites.total,
      generatedAt: now.toISOString(),
    };
  }
}
