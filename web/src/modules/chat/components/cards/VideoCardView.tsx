import { useId, useState } from 'react';
import { CardButtons } from '@/modules/chat/components/cards/CardButtons';
import { CardFrame } from '@/modules/chat/components/cards/CardFrame';
import type { CardProps } from '@/modules/chat/components/cards/cardProps';
import type { VideoCard } from '@/modules/chat/lib/cardTypes';

/**
 * A session video. Continue unlocks once the video has played up to the server's
 * `continueUnlocksAtSeconds` (half of a short video, else 20 s before its end) or has ended.
 */
export function VideoCardView({ card, interactive, onPress }: CardProps<VideoCard>) {
  const { video } = card;
  const [watchedSeconds, setWatchedSeconds] = useState(0);
  const hintId = useId();
  const unlocked = watchedSeconds >= video.continueUnlocksAtSeconds;

  if (!interactive) {
    return (
      <CardFrame title={video.title} pressed={card.pressed}>
        <p>Session video{card.pressed ? ', watched' : ''}.</p>
      </CardFrame>
    );
  }
  return (
    <CardFrame title={video.title}>
      {/* The captions track is there whenever the catalogue has one; the rule cannot see a conditional child. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video
        controls
        preload="metadata"
        playsInline
        src={video.url}
        aria-label={video.title}
        className="aspect-video w-full rounded-xl bg-ink"
        onTimeUpdate={(event) => {
          const time = event.currentTarget.currentTime;
          setWatchedSeconds((seconds) => Math.max(seconds, time));
        }}
        onEnded={() => setWatchedSeconds(Number.POSITIVE_INFINITY)}
      >
        {video.captionsUrl ? (
          <track kind="captions" src={video.captionsUrl} srcLang="en" label="English" default />
        ) : null}
      </video>
      <p id={hintId} aria-live="polite" className="mt-2">
        {unlocked
          ? 'Continue whenever you are ready.'
          : `Continue unlocks after ${Math.ceil(video.continueUnlocksAtSeconds)} seconds of the video.`}
      </p>
      <CardButtons
        buttons={card.buttons}
        onPress={onPress}
        isDisabled={() => !unlocked}
        describedBy={hintId}
      />
    </CardFrame>
  );
}
