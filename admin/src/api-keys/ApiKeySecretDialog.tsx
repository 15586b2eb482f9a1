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

export interface ApiKeySecretDialogProps {
  /** The new key; the dialog is open while it is set. */
  secret: string | undefined;
  name: string;
  onClose: () => void;
}

/**
 * Shows a new API key's secret, once. It is never stored or shown again, so the dialog only
 * closes through its button (not a stray click outside or Escape).
 */
export const ApiKeySecretDialog = ({ secret, name, onClose }: ApiKeySecretDialogProps) => {
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
      <DialogTitle id={titleId}>{translate('devcoach.api_keys.secret_title', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('devcoach.api_keys.secret_intro')}</DialogContentText>
        <TextField
          value={secret ?? ''}
          label={translate('devcoach.api_keys.secret_label')}
          fullWidth
          onFocus={(event) => event.target.select()}
          slotProps={{
            input: {
              readOnly: true,
              sx: { fontFamily: 'monospace' },
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('devcoach.api_keys.copy')}>
                    <IconButton
                      aria-label={translate('devcoach.api_keys.copy')}
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
          {copied === 'yes' ? (
            <Alert severity="success">{translate('devcoach.api_keys.copied')}</Alert>
          ) : null}
          {copied === 'failed' ? (
            <Alert severity="warning">{translate('devcoach.api_keys.copy_failed')}</Alert>
          ) : null}
        </Box>
        <DialogContentText variant="body2">{translate('devcoach.api_keys.secret_usage')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('devcoach.api_keys.secret_done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
