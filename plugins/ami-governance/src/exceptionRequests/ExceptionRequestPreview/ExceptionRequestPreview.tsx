import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEffect } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import { PlannedChange } from './PlannedChange';
import { previewQueryOf } from './previewQuery';

/**
 * `ui:field: ExceptionRequestPreview`: the merge request the form's request will open, planned by the
 * backend with the code the action runs, against the config the portal reads. Its value is the merge
 * request title when the plan is accepted (`refused` otherwise); it is not passed to the action.
 */
export function ExceptionRequestPreview(
  props: FieldExtensionComponentProps<string>,
) {
  const { onChange, formData } = props;
  const api = useApi(amiGovernanceApiRef);
  const query = previewQueryOf(props.formContext?.formData ?? {});
  const key = JSON.stringify(query);
  const answer = useAsync(
    async () => (query ? api.previewExceptionRequest(query) : undefined),
    // The query is rebuilt on every render; its text says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
  const preview = answer.value?.preview;
  const value = preview && (preview.ok ? preview.title : 'refused');
  useEffect(() => {
    if (value !== undefined && value !== formData) onChange(value);
  }, [value, formData, onChange]);

  let body: JSX.Element;
  if (!query) {
    body = (
      <Alert severity="info">Fill in the account, type and expiry first.</Alert>
    );
  } else if (answer.loading) {
    body = <Progress />;
  } else if (answer.error || !preview) {
    body = (
      <Alert severity="warning">
        The preview is not available ({answer.error?.message ?? 'no answer'});
        the request is still checked when it is sent.
      </Alert>
    );
  } else if (!preview.ok) {
    body = (
      <Alert severity="error" role="alert">
        <strong>This request would be refused.</strong> Go back and change:
        <ul>
          {preview.findings.map(f => (
            <li key={f.message}>{f.message}</li>
          ))}
        </ul>
      </Alert>
    );
  } else {
    body = <PlannedChange preview={preview} />;
  }
  return (
    <Box marginY={1} aria-label="Preview of the merge request" role="region">
      {props.schema.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {props.schema.description}
        </Typography>
      )}
      {body}
    </Box>
  );
}
