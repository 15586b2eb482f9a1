import { act, fireEvent, render, screen } from '@testing-library/react';
import { CardView } from '@/modules/chat/components/cards/CardView';
import type { Card } from '@/modules/chat/lib/cardTypes';
import { answered, cards } from './cardFixtures';

function renderCard(card: Card, interactive = true) {
  const onPress = vi.fn();
  const view = render(<CardView card={card} interactive={interactive} onPress={onPress} />);
  return { ...view, onPress };
}

describe('CardView', () => {
  it('should press intro choices with the button itself when one is chosen', () => {
    const { onPress } = renderCard(cards.intro);

    fireEvent.click(screen.getByRole('button', { name: 'Tell me more first' }));

    expect(onPress).toHaveBeenCalledWith(cards.intro.buttons[1]);
  });

  it('should render nothing for intro choices when they expired unanswered', () => {
    const { container } = renderCard(cards.intro, false);

    expect(container).toBeEmptyDOMElement();
  });

  it('should send the edited statement when a suggested "I am" is reworded and used', () => {
    const { onPress } = renderCard(cards.suggestIAm);
    const field = screen.getByRole('textbox', { name: /your statement/i });

    fireEvent.change(field, { target: { value: '  I am a runner at dawn.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this statement' }));

    expect(onPress).toHaveBeenCalledWith(cards.suggestIAm.buttons[0], [
      {
        type: 'set_i_am_statement',
        params: { id: cards.suggestIAm.identity.id, statement: 'I am a runner at dawn.' },
      },
      { type: 'accept_i_am', params: { id: cards.suggestIAm.identity.id } },
    ]);
  });

  it('should not allow an empty statement when the text is cleared', () => {
    renderCard(cards.suggestIAm);

    fireEvent.change(screen.getByRole('textbox', { name: /your statement/i }), { target: { value: '  ' } });

    expect(screen.getByRole('button', { name: 'Use this statement' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Let’s rework it' })).toBeEnabled();
  });

  it('should show the statement read-only with the choice when the suggestion was answered', () => {
    renderCard(answered(cards.suggestIAm, 'accept'), false);

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('I am a runner who trains with joy.')).toBeInTheDocument();
    expect(screen.getByText('Use this statement')).toBeInTheDocument();
  });

  it('should list the statements with the PDF link when the "I am" summary shows', () => {
    renderCard(cards.summary);

    expect(screen.getByText('I am a runner who trains with joy.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /download your statements/i })).toHaveAttribute(
      'href',
      '/api/v1/identities/i-am.pdf',
    );
  });

  it('should show before and after when combining is proposed', () => {
    const { onPress } = renderCard(cards.combine);

    expect(screen.getByRole('region', { name: 'Combine two identities?' })).toHaveTextContent(
      '“Runner” and “Jogger”→would become“Runner / Jogger”',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Combine them' }));
    expect(onPress).toHaveBeenCalledWith(cards.combine.buttons[0]);
  });

  it('should show the parent when nesting is proposed', () => {
    renderCard(cards.nest);

    expect(screen.getByRole('region', { name: 'Nest “Jogger”?' })).toHaveTextContent('part of “Runner”');
    expect(screen.getByRole('button', { name: 'Nest under Runner' })).toBeInTheDocument();
  });

  it('should offer archive and keep when archiving is proposed', () => {
    renderCard(cards.archive);

    expect(screen.getByRole('region', { name: 'Archive “Jogger”?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive it' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep it' })).toBeInTheDocument();
  });

  it('should unlock Continue only when the video played to the threshold', () => {
    const { container, onPress } = renderCard(cards.video);
    const video = container.querySelector('video');
    const button = screen.getByRole('button', { name: 'Continue' });

    expect(video).toHaveAttribute('src', '/media/videos/welcome_intro.mp4');
    expect(button).toBeDisabled();
    expect(screen.getByText(/unlocks after 5 seconds/i)).toBeInTheDocument();

    act(() => {
      Object.defineProperty(video, 'currentTime', { value: 4.9, configurable: true });
      fireEvent.timeUpdate(video!);
    });
    expect(button).toBeDisabled();

    act(() => {
      Object.defineProperty(video, 'currentTime', { value: 5, configurable: true });
      fireEvent.timeUpdate(video!);
    });
    expect(button).toBeEnabled();
    fireEvent.click(button);
    expect(onPress).toHaveBeenCalledWith(cards.video.buttons[0]);
  });

  it('should add a captions track when the video has captions', () => {
    const withCaptions = {
      ...cards.video,
      video: { ...cards.video.video, captionsUrl: '/media/welcome.vtt' },
    };
    const { container } = renderCard(withCaptions);

    expect(container.querySelector('track[kind="captions"]')).toHaveAttribute('src', '/media/welcome.vtt');
  });

  it('should show the video as watched without a player when it was acknowledged', () => {
    const { container } = renderCard(answered(cards.video, 'continue'), false);

    expect(container.querySelector('video')).toBeNull();
    expect(screen.getByText(/watched/i)).toBeInTheDocument();
  });

  it('should offer "I’m ready" while the break is open', () => {
    const { onPress } = renderCard(cards.break);

    expect(screen.getByRole('region', { name: 'Time for a break' })).toHaveTextContent('Getting to know you');
    fireEvent.click(screen.getByRole('button', { name: 'I’m ready' }));
    expect(onPress).toHaveBeenCalledWith(cards.break.buttons[0]);
  });

  it('should collapse to a one-line marker with the duration when the break is over', () => {
    renderCard(answered(cards.break, 'ready'), false);

    expect(screen.getByText('Break · 12 minutes')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should list call and web links when safety resources are shown, answered or not', () => {
    renderCard(answered(cards.safety, 'continue'), false);

    expect(screen.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(screen.getByRole('link', { name: 'www.samaritans.org' })).toHaveAttribute(
      'href',
      'https://www.samaritans.org',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should offer the safety buttons when the card is open', () => {
    renderCard(cards.safety);

    expect(screen.getByRole('button', { name: 'I’m okay to continue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show these again' })).toBeInTheDocument();
  });
});
