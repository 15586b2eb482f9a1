import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, RegisteredPersonalData } from 'src/common/privacy/personal-data';
import { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';

const ABOUT_SUBJECT = `payload -> 'data' ->> 'userId' = :id`;

/**
 * Webhook deliveries name the client by id in their payload (never more); the person gets the
 * list in their export, and erasure deletes the rows so no id outlives the account.
 */
@Injectable()
export class WebhookPersonalData extends RegisteredPersonalData {
  readonly section = 'webhook_deliveries';

  export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    return manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('delivery')
      .select(['delivery.eventType', 'delivery.eventId', 'delivery.status', 'delivery.createdAt'])
      .where(ABOUT_SUBJECT, { id: subject.id })
      .orderBy('delivery.createdAt', 'ASC')
      .getMany();
  }

  async erase(subject: DataSubject, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(WebhookDeliveryEntity)
      .where(ABOUT_SUBJECT, { id: subject.id })
      .execute();
  }
}
