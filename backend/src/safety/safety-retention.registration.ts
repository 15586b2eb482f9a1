import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TranscriptRetentionService } from 'src/coaching/retention/transcript-retention.service';

/**
 * TRANSCRIPT_RETENTION_DAYS also reaches the safety events: once staff resolved an event longer
 * ago than the limit, its copy of the flagged words and of the messages around them is blanked.
 * The event itself stays (when, which screen, the categories, who resolved it and their note),
 * so the programme's safety record survives. Open events keep their text whatever their age:
 * somebody still has to read it.
 */
@Injectable()
export class SafetyRetentionRegistration implements OnModuleInit {
  constructor(
    private readonly retention: TranscriptRetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.retention.register({
      name: 'safetyEventsRedacted',
      redactBefore: (cutoff, batch) => this.redactResolvedBefore(cutoff, batch),
    });
  }

  private async redactResolvedBefore(cutoff: Date, batch: number): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE safety_events
          SET message_text = '',
              context = jsonb_set(context, '{recentMessages}', '[]'::jsonb)
        WHERE id IN (
          SELECT id FROM safety_events
           WHERE status = 'resolved'
             AND resolved_at < $1
             AND (message_text <> '' OR jsonb_array_length(context->'recentMessages') > 0)
           LIMIT $2)`,
      [cutoff, batch],
    );
    return affected;
  }
}
