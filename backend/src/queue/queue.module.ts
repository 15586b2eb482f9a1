import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { BullMqQueueDriver } from 'src/queue/drivers/bullmq.driver';
import { InProcessQueueDriver } from 'src/queue/drivers/in-process.driver';
import { QUEUE_DRIVER } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import type { QueueDriver } from 'src/queue/queue.types';

// Global because nearly every feature module enqueues; the driver is chosen once from config
// (REDIS_URL set means BullMQ) so feature code never branches on it.
@Global()
@Module({
  providers: [
    {
      provide: QUEUE_DRIVER,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>): QueueDriver => {
        const queue = config.get('queue', { infer: true });
        return queue.driver === 'bullmq' ? new BullMqQueueDriver(queue) : new InProcessQueueDriver(queue);
      },
    },
    QueueService,
  ],
  exports: [QueueService],
})
export class QueueModule {}
