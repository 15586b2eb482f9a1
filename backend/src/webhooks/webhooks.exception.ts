import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum WebhookErrorCode {
  EndpointNotFound = 'webhook_endpoint_not_found',
  DeliveryNotFound = 'webhook_delivery_not_found',
  DeliveryNotRetryable = 'webhook_delivery_not_retryable',
  DeliveryNotReplayable = 'webhook_delivery_not_replayable',
  EndpointDisabled = 'webhook_endpoint_disabled',
  UrlRefused = 'webhook_url_refused',
}

export class WebhookException extends AppException {
  static endpointNotFound(): WebhookException {
    return new WebhookException(
      WebhookErrorCode.EndpointNotFound,
      'Webhook endpoint not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static deliveryNotFound(): WebhookException {
    return new WebhookException(
      WebhookErrorCode.DeliveryNotFound,
      'Webhook delivery not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static notRetryable(): WebhookException {
    return new WebhookException(
      WebhookErrorCode.DeliveryNotRetryable,
      'Only failed deliveries to an enabled endpoint can be retried.',
      HttpStatus.CONFLICT,
    );
  }

  static notReplayable(): WebhookException {
    return new WebhookException(
      WebhookErrorCode.DeliveryNotReplayable,
      'Only finished deliveries (delivered or failed) to an enabled endpoint can be sent again.',
      HttpStatus.CONFLICT,
    );
  }

  static endpointDisabled(): WebhookException {
    return new WebhookException(
      WebhookErrorCode.EndpointDisabled,
      'This endpoint is disabled; re-enable it first.',
      HttpStatus.CONFLICT,
    );
  }

  static urlRefused(reason: string): WebhookException {
    return new WebhookException(
      WebhookErrorCode.UrlRefused,
      `This webhook URL cannot be used: ${reason}.`,
      HttpStatus.BAD_REQUEST,
      [{ field: 'url', message: reason }],
    );
  }
}
