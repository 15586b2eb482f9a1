import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EmailService } from 'src/email/email.service';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';

// The email queue's processor: thin, the outbox row and EmailService do the work.
@Injectable()
export class SendEmailJob implements OnModuleInit {
  constructor(
    private readonly queue: QueueService,
    private readonly email: EmailService,
  ) {}

  onModuleInit(): void {
    this.queue.process(QueueName.Email, async (job) => {
      if (job.name === 'email.send') {
        await this.email.deliver(job.data.outboxId, job.attempt, job.maxAttempts);
      }
    });
  }
}
