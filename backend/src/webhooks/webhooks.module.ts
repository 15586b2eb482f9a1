import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminWebhooksController } from 'src/webhooks/admin-webhooks.controller';
import { AdminWebhooksService } from 'src/webhooks/admin-webhooks.service';
import { webhooksConfig } from 'src/webhooks/config/webhooks.config';
import { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { DeliverWebhookJob } from 'src/webhooks/jobs/deliver-webhook.job';
import { WebhookPersonalData } from 'src/webhooks/webhooks.personal-data';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

// Signed event delivery to receivers superusers register (docs/api-guide.md, "Webhooks").
// Features emit through WebhooksService after their change commits; nothing here imports them.
@Module({
  imports: [
    ConfigModule.forFeature(webhooksConfig),
    TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity]),
  ],
  controllers: [AdminWebhooksController],
  providers: [
    WebhooksRepository,
    WebhooksService,
    AdminWebhooksService,
    DeliverWebhookJob,
    WebhookPersonalData,
  ],
  exports: [WebhooksService],
})
export class WebhooksModule {}
