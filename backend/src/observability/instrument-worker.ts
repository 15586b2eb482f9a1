import { startObservability } from 'src/observability/instrument';

// worker.ts imports this first, so tracing patches http and pg before anything loads them.
startObservability('worker');
