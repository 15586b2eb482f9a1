import { DependencyUnavailableError } from 'src/common/errors/dependency-unavailable.error';

// Distinct classes because the health check reports only `error.name`, and callers may want
// to tell "try again later" (unavailable) apart from "this process is shutting down" (closed).
// To an HTTP client both are a dependency outage (503): a retry, maybe on another process, can work.

export class QueueClosedError extends DependencyUnavailableError {
  constructor(message = 'Queue driver is closed') {
    super(message);
  }
}

export class QueueUnavailableError extends DependencyUnavailableError {}

export class QueueTimeoutError extends QueueUnavailableError {}
