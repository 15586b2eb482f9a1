import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

// A card as the web app shows it under a coach message, but display-only: staff read what the
// client saw and which button was pressed; nothing here can press one.

interface CardButtonShape {
  id: string;
  label: string;
}
interface CardShape {
  kind: string;
  buttons?: CardButtonShape[];
  pressed?: { buttonId: string } | null;
  statement?: string;
  combinedName?: string;
  identity?: { name: string };
  keep?: { name: string };
  merge?: { name: string };
  child?: { name: string };
  parent?: { name: string };
  statements?: { name: string; statement: string }[];
  video?: { title: string; durationSeconds: number };
  resources?: { name: string; phone: string | null; url: string | null }[];
  session?: string;
}

const isCard = (value: unknown): value is CardShape =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

/** The lines a card of each kind shows, in plain words. */
const linesOf = (card: CardShape): string[] => {
  switch (card.kind) {
    case 'suggest_i_am':
      return [`${card.identity?.name ?? ''}: “${card.statement ?? ''}”`];
    case 'i_am_summary':
      return (card.statements ?? []).map((item) => `${item.name}: “${item.statement}”`);
    case 'propose_combine':
      return [`${card.keep?.name ?? ''} + ${card.merge?.name ?? ''} → ${card.combinedName ?? ''}`];
    case 'propose_nest':
      return [`${card.child?.name ?? ''} → ${card.parent?.name ?? ''}`];
    case 'propose_archive':
      return [card.identity?.name ?? ''];
    case 'video':
      return card.video ? [`${card.video.title} (${Math.round(card.video.durationSeconds / 60)} min)`] : [];
    case 'safety_resources':
      return (card.resources ?? []).map((item) =>
        [item.name, item.phone, item.url].filter(Boolean).join(' · '),
      );
    case 'break':
      return card.session ? [card.session] : [];
    default:
      return [];
  }
};

export const CardView = ({ component }: { component: unknown }) => {
  const translate = useTranslate();
  if (!isCard(component)) {
    return null;
  }
  const pressed = component.buttons?.find((button) => button.id === component.pressed?.buttonId);
  return (
    <Box
      sx={{ mt: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
      aria-label={`${translate('devcoach.client_view.card')}: ${component.kind}`}
      role="group"
    >
      <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
        {translate('devcoach.client_view.card')}: {component.kind.replace(/_/g, ' ')}
      </Typography>
      {linesOf(component).map((line, index) => (
        <Typography key={index} variant="body2" sx={{ wordBreak: 'break-word' }}>
          {line}
        </Typography>
      ))}
      {component.buttons && component.buttons.length > 0 ? (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 0.5 }}>
          {component.buttons.map((button) => (
            <Chip key={button.id} label={button.label} size="small" variant="outlined" />
          ))}
        </Stack>
      ) : null}
      {component.pressed ? (
        <Typography variant="caption" component="p">
          {translate('devcoach.client_view.pressed', { label: pressed?.label ?? component.pressed.buttonId })}
        </Typography>
      ) : null}
    </Box>
  );
};
