import AcUnitIcon from '@mui/icons-material/AcUnit';
import { Box, Button, TextField as MuiTextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { freezeClient, useAdminMutation } from '../test-scenarios/api';

/** Copies the client's coaching data as it is now into a new scenario, then opens it. */
export const FreezeClientForm = ({ userId, defaultName }: { userId: string; defaultName: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [name, setName] = useState(defaultName);
  const freeze = useAdminMutation((scenarioName: string) => freezeClient(userId, scenarioName), {
    resources: ['test-scenarios'],
    success: (scenario) => ({ message: 'devcoach.client_view.frozen', args: { name: scenario.name } }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    freeze.mutate(name.trim(), {
      onSuccess: (scenario) => {
        void navigate(createPath({ resource: 'test-scenarios', id: scenario.id, type: 'show' }));
      },
    });
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      <MuiTextField
        size="small"
        label={translate('devcoach.client_view.freeze_name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        inputProps={{ maxLength: 120 }}
        sx={{ minWidth: 240, flex: 1 }}
      />
      <Button type="submit" startIcon={<AcUnitIcon />} disabled={freeze.isPending || !name.trim()}>
        {translate('devcoach.client_view.freeze')}
      </Button>
    </Box>
  );
};
