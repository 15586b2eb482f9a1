import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Chip } from '@mui/material';
import type { FC } from 'react';
import { type FieldProps, useRecordContext, useTranslate } from 'react-admin';
import type { PromptVersion } from './types';

/** "Active" on the version assembly uses now; nothing on the others. */
export const PromptActiveField: FC<FieldProps> = () => {
  const prompt = useRecordContext<PromptVersion>();
  const translate = useTranslate();
  if (!prompt?.isActive) {
    return null;
  }
  return (
    <Chip
      size="small"
      color="success"
      variant="outlined"
      icon={<CheckCircleIcon />}
      label={translate('devcoach.prompts.active')}
    />
  );
};
