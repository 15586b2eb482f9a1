import { type Theme, useMediaQuery } from '@mui/material';

/** Phone-sized screens (under 600 px), where lists switch to one card-like row per record. */
export const useIsSmall = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
