import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminWebhooksController } from 'src/webhooks/admin-webhooks.controller';
import { EmailModule } from 'src/email/email.module';
import { UsersModule } from 'src/users/users.module';
import { AdminWebhooksService } from 'src/webhooks/admin-webhooks.service';
import { webhooksConfig } from 'src/webhooks/config/webhooks.config';
import { WebhookAttemptEntity } from 'src/webhooks/entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from 'src/webhooks/entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from 'src/webhooks/entities/webhook-endpoint.entity';
import { DeliverWebhookJob } from 'src/webhooks/jobs/deliver-webhook.job';
import { WebhookPersonalData } from 'src/webhooks/webhooks.personal-data';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';
import { WebhooksRepository } from 'src/webhooks/webhooks.repository';
import { WebhooksService } from 'src/webhooks/webhooks.service';

// Signed event delivery to receivers superusers register (docs/api-guide.md, "Webhooks").
// Features publish through WebhooksPublisher inside their transaction; nothing here imports
// them. Staff alerts go by email.
@Module({
  imports: [
    ConfigModule.forFeature(webhooksConfig),
    TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity]),
    EmailModule,
    UsersModule,
  ],
  controllers: [AdminWebhooksController],
  providers: [
    WebhooksRepository,
    WebhooksService,
    WebhooksPublisher,
    AdminWebhooksService,
    DeliverWebhookJob,
    WebhookPersonalData,
  ],
  exports: [WebhooksService, WebhooksPublisher],
})
export class WebhooksModule {}
