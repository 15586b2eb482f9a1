import {
  BooleanInput,
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  maxLength,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import {
  actionChoices,
  categoryChoices,
  kindChoices,
  modelActionsOf,
  type NewPromptVersion,
  phaseChoices,
  type PromptVersion,
} from './types';

const validateKind = required();
const validateBody = [required(), maxLength(20000)];
const validateNote = [required(), maxLength(500)];
const validateChoice = required();

/** The fields a new version starts from when staff edit an existing one (not its change note). */
export const draftFrom = (prompt: PromptVersion): Partial<NewPromptVersion> => ({
  kind: prompt.kind,
  ...(prompt.phase ? { phase: prompt.phase as NewPromptVersion['phase'] } : {}),
  ...(prompt.category ? { category: prompt.category as NewPromptVersion['category'] } : {}),
  body: prompt.body,
  allowedActions: modelActionsOf(prompt.allowedActions),
});

/** Only the fields the chosen kind takes: the API refuses actions on anything but a phase prompt. */
const forKind = (data: NewPromptVersion): NewPromptVersion => ({
  kind: data.kind,
  body: data.body,
  changeNote: data.changeNote?.trim(),
  activate: data.activate === true,
  ...(data.kind === 'phase' ? { phase: data.phase, allowedActions: data.allowedActions ?? [] } : {}),
  ...(data.kind === 'category_guide' ? { category: data.category } : {}),
});

/**
 * A new version: stored versions never change, so "edit" opens this form prefilled from the
 * version being edited (`?source=`). Saving does not change what clients get unless "Activate
 * now" is on. Placeholder and action problems come back from the API next to their field.
 */
export const PromptCreate = () => (
  <Create<NewPromptVersion & { id?: string }> redirect="show" transform={forKind}>
    <SimpleForm sx={{ maxWidth: 960 }}>
      <SelectInput source="kind" choices={kindChoices} validate={validateKind} />
      <FormDataConsumer<NewPromptVersion>>
        {({ formData }) =>
          formData.kind === 'phase' ? (
            <>
              <SelectInput source="phase" choices={phaseChoices} validate={validateChoice} />
              <CheckboxGroupInput
                source="allowedActions"
                choices={actionChoices}
                helperText="devcoach.prompts.actions_help"
                sx={{
                  '& .MuiFormGroup-root': {
                    display: 'grid',
                    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
                  },
                }}
              />
            </>
          ) : formData.kind === 'category_guide' ? (
            <SelectInput source="category" choices={categoryChoices} validate={validateChoice} />
          ) : null
        }
      </FormDataConsumer>
      <TextInput
        source="body"
        multiline
        minRows={10}
        fullWidth
        validate={validateBody}
        helperText="devcoach.prompts.body_help"
        slotProps={{ htmlInput: { style: { fontFamily: 'monospace', fontSize: 13 } } }}
      />
      <TextInput
        source="changeNote"
        fullWidth
        validate={validateNote}
        helperText="devcoach.prompts.note_help"
      />
      <BooleanInput source="activate" helperText="devcoach.prompts.activate_help" />
    </SimpleForm>
  </Create>
);
