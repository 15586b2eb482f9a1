import { startObservability } from 'src/observability/instrument';

// main.ts imports this first, so tracing patches http and pg before anything loads them.
startObservability('api');
