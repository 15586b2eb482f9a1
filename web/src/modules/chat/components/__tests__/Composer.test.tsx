import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { Composer } from '@/modules/chat/components/Composer';

function Harness({
  blockedReason = null,
  busy = false,
  onSend,
}: {
  blockedReason?: string | null;
  busy?: boolean;
  onSend: (text: string) => void;
}) {
  const [value, setValue] = useState('');
  const ref = useRef<HTMLTextAreaElement | null>(null);
  return (
    <Composer
      value={value}
      onChange={setValue}
      onSend={onSend}
      blockedReason={blockedReason}
      busy={busy}
      textareaRef={ref}
    />
  );
}

describe('Composer', () => {
  it('should send the trimmed text when Enter is pressed', () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });

    fireEvent.change(box, { target: { value: '  I grew up by the sea.  ' } });
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(onSend).toHaveBeenCalledWith('I grew up by the sea.');
  });

  it('should not send when Shift+Enter starts a new line', () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });

    fireEvent.change(box, { target: { value: 'First line' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });

    expect(onSend).not.toHaveBeenCalled();
  });

  it('should not send when the text is only spaces', () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });

    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.keyDown(box, { key: 'Enter' });

    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('should send with the Send button when it is clicked', () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);

    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'Hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    expect(onSend).toHaveBeenCalledWith('Hello');
  });

  it('should be disabled and say so when a turn is running', () => {
    render(<Harness busy onSend={vi.fn()} />);

    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription('Your coach is replying…');
  });

  it('should be disabled with the reason when the client is on a break', () => {
    const reason = 'You are on a break. Press “I’m ready” on the card above when you want to carry on.';
    render(<Harness blockedReason={reason} onSend={vi.fn()} />);

    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(reason);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });
});
