import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AllConfig } from 'src/config/config.types';
import { AdminEmailsController } from 'src/email/admin-emails.controller';
import { AdminEmailsService } from 'src/email/admin-emails.service';
import { EmailOutboxRepository } from 'src/email/email-outbox.repository';
import { EmailService } from 'src/email/email.service';
import { EmailOutboxEntity } from 'src/email/entities/email-outbox.entity';
import { SendEmailJob } from 'src/email/jobs/send-email.job';
import { EMAIL_TRANSPORT, type EmailTransport } from 'src/email/transports/email-transport';
import { SesEmailTransport } from 'src/email/transports/ses.transport';
import { EmailPersonalData } from 'src/email/email.personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([EmailOutboxEntity])],
  controllers: [AdminEmailsController],
  providers: [
    EmailPersonalData,
    EmailOutboxRepository,
    EmailService,
    AdminEmailsService,
    SendEmailJob,
    {
      // No transport (undefined) means the outbox transport: mails stay in the table.
      provide: EMAIL_TRANSPORT,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>): EmailTransport | undefined => {
        const email = config.get('email', { infer: true });
        return email.transport === 'ses'
          ? new SesEmailTransport({
              region: email.awsRegion,
              endpoint: email.sesEndpoint,
              credentials: email.awsCredentials,
            })
          : undefined;
      },
    },
  ],
  exports: [EmailService],
})
export class EmailModule {}
