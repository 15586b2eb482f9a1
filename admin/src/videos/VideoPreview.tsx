import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Video } from './types';

/** The video as clients get it (saved values), with its captions track when there is one. */
export const VideoPreview = () => {
  const video = useRecordContext<Video>();
  const translate = useTranslate();
  if (!video) {
    return null;
  }
  return (
    <Box sx={{ width: '100%', maxWidth: 480, mt: 1 }}>
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {translate('devcoach.videos.preview')}
      </Typography>
      {/* Staff must be able to check a video before its captions exist; the track is there when they do. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video
        controls
        preload="none"
        src={video.playUrl}
        style={{ width: '100%', background: '#000' }}
        aria-label={translate('devcoach.videos.preview_label', { title: video.title })}
      >
        {video.captionsPlayUrl ? (
          <track kind="captions" src={video.captionsPlayUrl} srcLang="en" label="English" default />
        ) : null}
      </video>
    </Box>
  );
};
