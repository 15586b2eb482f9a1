import { Injectable, type OnModuleInit } from '@nestjs/common';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { WebhooksService } from 'src/webhooks/webhooks.service';

// The webhooks queue's processor: thin, the delivery row and WebhooksService do the work.
@Injectable()
export class DeliverWebhookJob implements OnModuleInit {
  constructor(
    private readonly queue: QueueService,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.queue.process(QueueName.Webhooks, async (job) => {
      if (job.name === 'webhook.deliver') {
        await this.webhooks.deliver(job.data.deliveryId);
      }
    });
  }
}
