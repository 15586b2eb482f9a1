export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** A mail provider; errors thrown here are retried by the queue with backoff. */
export interface EmailTransport {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

export const EMAIL_TRANSPORT = Symbol('EMAIL_TRANSPORT');
