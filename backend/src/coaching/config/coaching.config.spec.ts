import { buildCoachingConfig } from 'src/coaching/config/coaching.config';
import { ConfigValidationError } from 'src/config/env.validation';

describe('buildCoachingConfig turn leases', () => {
  it('should fail a dead process’s turn within a minute when nothing is configured', () => {
    const config = buildCoachingConfig({});
    expect(config.turnLeaseMs + config.turnSweepMs).toBeLessThanOrEqual(60_000);
    expect(config.queuedTurnLeaseMs + config.turnSweepMs).toBeLessThanOrEqual(60_000);
    expect(config.turnHeartbeatMs * 2).toBeLessThanOrEqual(config.turnLeaseMs);
  });

  it('should beat at a third of the lease when only a short lease is set', () => {
    const config = buildCoachingConfig({ COACH_TURN_LEASE_MS: '2000' });
    expect(config.turnLeaseMs).toBe(2000);
    expect(config.turnHeartbeatMs).toBe(666);
  });

  it('should refuse to start, naming the variable, when the heartbeat could let a live lease run out', () => {
    let caught: unknown;
    try {
      buildCoachingConfig({ COACH_TURN_LEASE_MS: '10000', COACH_TURN_HEARTBEAT_MS: '6000' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    expect((caught as ConfigValidationError).variable).toBe('COACH_TURN_HEARTBEAT_MS');
  });
});
