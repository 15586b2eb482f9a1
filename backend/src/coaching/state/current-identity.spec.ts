import { pendingIdentities, pickCurrentIdentity } from 'src/coaching/state/current-identity';

const at = (minutes: number): Date => new Date(Date.UTC(2026, 0, 1, 0, minutes));

describe('current identity', () => {
  const identities = [
    { id: 'c', state: 'accepted' as const, createdAt: at(3), order: 0 },
    { id: 'a', state: 'refinement_complete' as const, createdAt: at(1), order: 2 },
    { id: 'b', state: 'accepted' as const, createdAt: at(2), order: 1 },
    { id: 'z', state: 'archived' as const, createdAt: at(0), order: 3 },
  ];

  it('should pick the oldest identity not yet in the target state when some are pending', () => {
    expect(pickCurrentIdentity(identities, 'refinement_complete')).toBe('b');
    expect(pendingIdentities(identities, 'refinement_complete').map((identity) => identity.id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('should pick none when every identity reached the target or the phase has none', () => {
    expect(pickCurrentIdentity(identities, 'accepted')).toBeNull();
    expect(pickCurrentIdentity(identities, undefined)).toBeNull();
  });

  it('should break ties by display order when identities were created at the same time', () => {
    const same = [
      { id: 'x', state: 'accepted' as const, createdAt: at(1), order: 5 },
      { id: 'y', state: 'accepted' as const, createdAt: at(1), order: 4 },
    ];
    expect(pickCurrentIdentity(same, 'refinement_complete')).toBe('y');
  });
});
