import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryStatus,
} from 'src/webhooks/entities/webhook-delivery.entity';
import { WEBHOOK_DELIVERY_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from 'src/webhooks/webhook-events';

export class CreateWebhookEndpointDto {
  @ApiProperty({ example: 'https://ops.example.com/hooks/devcoach', maxLength: 2048 })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: string[];
}

/** Either or both; the secret and the enabled flag have routes of their own. */
export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ example: 'https://ops.example.com/hooks/devcoach', maxLength: 2048 })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: string[];
}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'https://ops.example.com/hooks/devcoach' })
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  events: string[];

  @ApiProperty()
  enabled: boolean;

  @ApiProperty({ description: 'Failed attempts in a row; the endpoint is disabled at the limit.' })
  consecutiveFailures: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'After a rotation: until when deliveries are also signed with the previous secret.',
  })
  previousSecretExpiresAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  @ApiProperty({
    description: 'Signs every delivery. Shown only in this response: store it now.',
    example: 'whsec_4mN1…',
  })
  secret: string;
}

export class RotatedWebhookSecretDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'The new signing secret. Shown only in this response.',
    example: 'whsec_9Qa2…',
  })
  secret: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Until then deliveries carry a signature with the old secret too.',
  })
  previousSecretExpiresAt: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  endpointId: string;

  @ApiProperty({ enum: WEBHOOK_DELIVERY_EVENT_TYPES, enumName: 'WebhookDeliveryEventType' })
  eventType: string;

  @ApiProperty({
    format: 'uuid',
    description:
      'The event’s id, the same at every endpoint it went to (safety.flagged: the safety event’s).',
  })
  eventId: string;

  @ApiProperty({ description: 'Attempts made so far (since the last retry or replay).' })
  attempt: number;

  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES, enumName: 'WebhookDeliveryStatus' })
  status: WebhookDeliveryStatus;

  @ApiProperty({ type: Number, nullable: true })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class WebhookAttemptDto {
  @ApiProperty({ description: 'The delivery’s attempt number then (a replay starts again at 1).' })
  attempt: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Null when no answer came.' })
  statusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  error: string | null;

  @ApiProperty()
  durationMs: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  @ApiProperty({ type: [WebhookAttemptDto], description: 'Every attempt, oldest first.' })
  attempts: WebhookAttemptDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The body sent: `{ id, type, createdAt, data }` with ids only.',
  })
  payload: Record<string, unknown>;
}
