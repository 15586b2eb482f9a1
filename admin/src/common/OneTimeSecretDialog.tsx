import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';

/** i18n keys of the dialog's texts; each receives the `args` given to the dialog. */
export interface OneTimeSecretTexts {
  title: string;
  intro: string;
  label: string;
  usage: string;
  done: string;
}

export interface OneTimeSecretDialogProps {
  /** The secret; the dialog is open while it is set. */
  secret: string | undefined;
  texts: OneTimeSecretTexts;
  /** Interpolation arguments for the texts, e.g. `{ name }`. */
  args?: Record<string, string>;
  onClose: () => void;
}

/**
 * Shows something the API returns only once (an API key, an invitation link) with a copy button.
 * It is never shown again, so the dialog only closes through its button (not a stray click
 * outside or Escape).
 */
export const OneTimeSecretDialog = ({ secret, texts, args, onClose }: OneTimeSecretDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed'>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Dialog
      open={secret !== undefined}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      disableEscapeKeyDown
    >
      <DialogTitle id={titleId}>{translate(texts.title, args)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate(texts.intro, args)}</DialogContentText>
        <TextField
          value={secret ?? ''}
          label={translate(texts.label, args)}
          fullWidth
          onFocus={(event) => event.target.select()}
          slotProps={{
            input: {
              readOnly: true,
              sx: { fontFamily: 'monospace' },
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('devcoach.secret.copy')}>
                    <IconButton
                      aria-label={translate('devcoach.secret.copy')}
                      onClick={() => void copy()}
                      edge="end"
                    >
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
        <Box role="status" sx={{ mt: 2, minHeight: 48 }}>
          {copied === 'yes' ? <Alert severity="success">{translate('devcoach.secret.copied')}</Alert> : null}
          {copied === 'failed' ? (
            <Alert severity="warning">{translate('devcoach.secret.copy_failed')}</Alert>
          ) : null}
        </Box>
        <DialogContentText variant="body2">{translate(texts.usage, args)}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate(texts.done, args)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
