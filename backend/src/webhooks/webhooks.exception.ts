import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum WebhookErrorCode {
  EndpointNotFound = 'webhook_endpoint_not_found',
  DeliveryNotFound = 'webhook_delivery_not_found',
  DeliveryNotRetryable = 'webhook_delivery_not_retryable',
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

  static urlRefused(reason: string): WebhookException {
    return new WebhookException(
      WebhookErrorCode.UrlRefused,
      `This webhook URL cannot be used: ${reason}.`,
      HttpStatus.BAD_REQUEST,
      [{ field: 'url', message: reason }],
    );
  }
}
