import { ApiProperty } from '@nestjs/swagger';
import { PHASES, type Phase } from 'src/curriculum/phases';

export class PhaseCountDto {
  @ApiProperty({ enum: PHASES, enumName: 'Phase' })
  phase: Phase;

  @ApiProperty()
  clients: number;
}

export class TurnPeriodDto {
  @ApiProperty()
  turns: number;

  @ApiProperty()
  failed: number;

  @ApiProperty({ description: 'Input plus output tokens of the period’s turns.' })
  tokens: number;

  @ApiProperty({ description: 'Model cost of every call in the period, US dollars.' })
  costUsd: number;
}

export class DailyTurnsDto {
  @ApiProperty({ example: '2026-12-04' })
  day: string;

  @ApiProperty()
  turns: number;

  @ApiProperty()
  failed: number;

  @ApiProperty()
  tokens: number;
}

/** The programme at a glance. "Today" is the UTC day; the week is the last 7 UTC days. */
export class AdminDashboardDto {
  @ApiProperty({ type: [PhaseCountDto], description: 'Every phase, in curriculum order.' })
  clientsByPhase: PhaseCountDto[];

  @ApiProperty({ type: TurnPeriodDto })
  today: TurnPeriodDto;

  @ApiProperty({ type: TurnPeriodDto })
  last7Days: TurnPeriodDto;

  @ApiProperty({
    type: [DailyTurnsDto],
    description: 'The last 7 days, oldest first, days without turns included.',
  })
  daily: DailyTurnsDto[];

  @ApiProperty({ description: 'Turns running past their lease (their process is gone).' })
  stuckTurns: number;

  @ApiProperty()
  openSafetyEvents: number;

  @ApiProperty()
  pendingInvites: number;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;
}
