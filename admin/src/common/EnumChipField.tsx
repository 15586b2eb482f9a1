import { Chip, type ChipProps } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';

export interface EnumChipFieldProps extends FieldProps {
  source: string;
  /** Prefix of the i18n keys of each value, e.g. `devcoach.emails.status` → `…status.failed`. */
  labelPrefix: string;
  /** Chip colour per value; unknown values are grey. */
  colors?: Partial<Record<string, ChipProps['color']>>;
}

/** A small coloured chip for a status-like value, labelled through i18n. */
export const EnumChipField = ({ source, labelPrefix, colors = {} }: EnumChipFieldProps) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source });
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[value] ?? 'default'}
      label={translate(`${labelPrefix}.${value}`, { _: value })}
    />
  );
};
