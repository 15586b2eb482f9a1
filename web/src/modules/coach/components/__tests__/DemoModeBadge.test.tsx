import { render, screen } from '@testing-library/react';
import { DemoModeBadge } from '@/modules/coach/components/DemoModeBadge';

describe('DemoModeBadge', () => {
  it('should explain that replies are scripted when demo mode is active', () => {
    render(<DemoModeBadge active />);

    expect(screen.getByText('Demo coach (offline)')).toBeInTheDocument();
    expect(screen.getByText(/replies are scripted, no AI is used/i)).toBeInTheDocument();
  });

  it('should render nothing when demo mode is inactive', () => {
    const { container } = render(<DemoModeBadge active={false} />);

    expect(container).toBeEmptyDOMElement();
  });
});
