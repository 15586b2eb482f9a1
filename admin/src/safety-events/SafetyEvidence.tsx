import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SafetyEvent } from './types';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Why the message was flagged: the classifier's matched phrases and the moderation verdict. */
export const SafetyEvidence = () => {
  const event = useRecordContext<SafetyEvent>();
  const translate = useTranslate();
  if (!event) {
    return null;
  }
  const { classifier, moderation } = event;
  return (
    <Box component="section" aria-labelledby="safety-evidence-heading">
      <Typography id="safety-evidence-heading" variant="h6" component="h2" gutterBottom>
        {translate('devcoach.safety.evidence')}
      </Typography>
      <Typography variant="body2">
        {translate('devcoach.safety.classifier_summary', {
          score: percent(classifier.score),
          version: classifier.version,
        })}
      </Typography>
      {classifier.evidence.length > 0 ? (
        <List dense>
          {classifier.evidence.map((item) => (
            <ListItem key={`${item.rule}-${item.text}`} disableGutters>
              <ListItemText
                primary={`“${item.text}”`}
                secondary={translate('devcoach.safety.evidence_item', {
                  category: translate(`devcoach.safety.category.${item.category}`, { _: item.category }),
                  score: percent(item.score),
                  modifiers: item.modifiers.length > 0 ? ` (${item.modifiers.join(', ')})` : '',
                })}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('devcoach.safety.no_evidence')}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate(`devcoach.safety.moderation.${moderation.status}`, {
          _: moderation.status,
          provider: moderation.provider,
          verdict: translate(moderation.flagged ? 'devcoach.safety.flagged' : 'devcoach.safety.not_flagged'),
        })}
      </Typography>
    </Box>
  );
};
