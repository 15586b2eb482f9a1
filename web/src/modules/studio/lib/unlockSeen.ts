// The studio's unlock moment is shown once per person on this device: the first visit after it
// opened. Storage may be unavailable (private windows, blocked storage); then it shows each visit.

const key = (userId: string) => `dc-studio-unlocked:${userId}`;

export function hasSeenUnlock(userId: string): boolean {
  try {
    return window.localStorage.getItem(key(userId)) === '1';
  } catch {
    return false;
  }
}

export function markUnlockSeen(userId: string): void {
  try {
    window.localStorage.setItem(key(userId), '1');
  } catch {
    // Nothing to remember it in: the moment shows again next time, which is harmless.
  }
}
