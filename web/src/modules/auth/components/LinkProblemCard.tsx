import type { ReactNode } from 'react';
import { StatusCard } from '@/modules/auth/components/StatusCard';
import type { LinkProblem } from '@/modules/auth/lib/linkProblem';
import { type LinkFlow, linkProblemCopy } from '@/modules/auth/lib/linkProblemCopy';

export interface LinkProblemCardProps {
  flow: LinkFlow;
  problem: LinkProblem;
  /** What the person can do next (buttons, links, a small form). */
  actions?: ReactNode;
  focusOnMount?: boolean;
}

/** Explains, kindly and specifically, why an emailed link did not work and what to do now. */
export function LinkProblemCard({ flow, problem, actions, focusOnMount }: LinkProblemCardProps) {
  const copy = linkProblemCopy(flow, problem);
  return (
    <StatusCard tone={copy.tone} title={copy.title} actions={actions} focusOnMount={focusOnMount}>
      <p>{copy.body}</p>
    </StatusCard>
  );
}
