import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from 'src/audit/entities/audit-event.entity';
import {
  type DataSubject,
  exportRows,
  pseudonymFor,
  RegisteredPersonalData,
} from 'src/common/privacy/personal-data';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The audit log is the service's record of who did what, so erasure keeps its rows but cuts
 * every link to the person: their id and address become a pseudonym (the same one in every
 * entry, so an investigator can still follow one account's history), and the IP and browser of
 * their own actions are dropped.
 */
@Injectable()
export class AuditPersonalData extends RegisteredPersonalData {
  readonly section = 'audit_log';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return exportRows(manager, AuditEventEntity, [{ actorId: subject.id }, { targetId: subject.id }]);
  }

  async erase(subject: DataSubject, manager: EntityManager): Promise<void> {
    const pseudonym = pseudonymFor(subject.id);
    const params = [subject.id, subject.email, pseudonym];
    // Details first, while the other columns still find the rows. The address is matched
    // case-insensitively, as a literal (escaped for the regular expression).
    await manager.query(
      `UPDATE audit_events
          SET details = replace(regexp_replace(details::text, $4, $3, 'gi'), $1, $3)::jsonb
        WHERE details::text ILIKE '%' || $2 || '%' OR details::text LIKE '%' || $1 || '%'`,
      [...params, escapeRegExp(subject.email)],
    );
    await manager.query(
      `UPDATE audit_events SET actor_id = NULL, actor_email = $3, ip = NULL, user_agent = NULL
        WHERE actor_id = $1 OR lower(actor_email) = lower($2)`,
      params,
    );
    await manager.query(`UPDATE audit_events SET target_id = $2 WHERE target_id = $1`, [
      subject.id,
      pseudonym,
    ]);
  }
}
