import { Box, Chip } from '@mui/material';
import { type FieldProps, useRecordContext, useTranslate } from 'react-admin';
import { type ApiKey, scopeLabelKey } from './types';

/** The key's scopes as small chips, e.g. "Read prompts". */
export const ApiKeyScopesField = (props: FieldProps<ApiKey>) => {
  const key = useRecordContext<ApiKey>(props);
  const translate = useTranslate();
  if (!key) {
    return null;
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {key.scopes.map((scope) => (
        <Chip
          key={scope}
          size="small"
          variant="outlined"
          label={translate(scopeLabelKey(scope), { _: scope })}
        />
      ))}
    </Box>
  );
};
