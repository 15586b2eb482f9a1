// Distinct classes because the health check reports only `error.name`, and callers may want
// to tell "try again later" (unavailable) apart from "this process is shutting down" (closed).

export class QueueClosedError extends Error {
  constructor(message = 'Queue driver is closed') {
    super(message);
    this.name = new.target.name;
  }
}

export class QueueUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class QueueTimeoutError extends QueueUnavailableError {}
