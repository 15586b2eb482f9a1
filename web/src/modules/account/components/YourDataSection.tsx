import { AccountSection } from '@/modules/account/components/AccountSection';
import { Button } from '@/modules/ui/components/Button';

// The server has no export or account-deletion endpoint yet (they come with the reliability
// work); the buttons stay visible but disabled, with the honest reason, instead of pretending.
const NOT_YET =
  'Not available yet: this is still being built. Until then, ask your coach’s team and they will do it for you.';

export function YourDataSection() {
  return (
    <AccountSection title="Your data">
      <div className="space-y-6">
        <div>
          <Button variant="secondary" disabled aria-describedby="export-reason">
            Export my data
          </Button>
          <p id="export-reason" className="mt-2 text-sm leading-relaxed text-ink-soft">
            A copy of everything tied to you, as one file. {NOT_YET}
          </p>
        </div>
        <div>
          <Button variant="secondary" disabled aria-describedby="delete-reason">
            Delete my account
          </Button>
          <p id="delete-reason" className="mt-2 text-sm leading-relaxed text-ink-soft">
            Removes your account and everything in it. {NOT_YET}
          </p>
        </div>
      </div>
    </AccountSection>
  );
}
