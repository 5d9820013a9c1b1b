import {
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import type { Ref } from 'react';
import type { ImageChoice } from '../explainForm';

type ImageFieldProps = {
  idPrefix: string;
  choice: ImageChoice;
  onChoice: (choice: ImageChoice) => void;
  imageId: string;
  owner: string;
  onChange: (field: ImageChoice, value: string) => void;
  errors: { imageId?: string; owner?: string };
  ownerRef?: Ref<HTMLInputElement>;
};

/**
 * The AMI, or only its owner: when the AMI is not one the portal has seen (or `enabled` hides it),
 * its owner answers the same question.
 */
export function ImageField(props: ImageFieldProps) {
  const { choice, onChoice, imageId, owner, onChange, errors } = props;
  return (
    <>
      <RadioGroup
        row
        aria-label="Ask about"
        value={choice}
        onChange={e => onChoice(e.target.value as ImageChoice)}
      >
        <FormControlLabel
          value="imageId"
          control={<Radio size="small" />}
          label="An AMI"
        />
        <FormControlLabel
          value="owner"
          control={<Radio size="small" />}
          label="AMIs of an owner"
        />
      </RadioGroup>
      {choice === 'imageId' ? (
        <TextField
          id={`${props.idPrefix}-image-id`}
          fullWidth
          required
          label="AMI ID"
          value={imageId}
          onChange={e => onChange('imageId', e.target.value)}
          error={Boolean(errors.imageId)}
          helperText={errors.imageId ?? 'e.g. ami-0abcdef1234567890'}
        />
      ) : (
        <TextField
          id={`${props.idPrefix}-owner`}
          fullWidth
          required
          label="AMI owner"
          value={owner}
          inputRef={props.ownerRef}
          onChange={e => onChange('owner', e.target.value)}
          error={Boolean(errors.owner)}
          helperText={
            errors.owner ?? 'A 12-digit account ID, amazon or aws-marketplace'
          }
        />
      )}
    </>
  );
}
