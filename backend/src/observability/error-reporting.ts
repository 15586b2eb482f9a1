// The seam between the places errors happen (HTTP filter, job wrapper) and the error tracker.
// Nothing here imports Sentry: with SENTRY_DSN unset no reporter is installed and reporting is
// one null check.

export interface ErrorReport {
  /** Where the error surfaced. */
  source: 'http' | 'job';
  /** Low-cardinality, non-personal labels: route pattern, status, queue, job name. */
  tags: Record<string, string | number>;
}

export interface ErrorReporter {
  capture(error: unknown, report: ErrorReport): void;
  /** Sends what is still buffered; resolves after at most `timeoutMs`. */
  flush(timeoutMs: number): Promise<void>;
}

let reporter: ErrorReporter | null = null;

export const installErrorReporter = (next: ErrorReporter | null): void => {
  reporter = next;
};

export const errorReportingEnabled = (): boolean => reporter !== null;

export const reportError = (error: unknown, report: ErrorReport): void => {
  reporter?.capture(error, report);
};

export const flushErrorReports = async (timeoutMs: number): Promise<void> => {
  await reporter?.flush(timeoutMs);
};
