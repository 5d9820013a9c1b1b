import { stringifyEntityRef } from '@backstage/catalog-model';
import { Header, Page, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { scaffolderPlugin } from '@backstage/plugin-scaffolder';
import type { TemplateWizardPageProps } from '@backstage/plugin-scaffolder/alpha';
import {
  ScaffolderApi,
  scaffolderApiRef,
  useTemplateSecrets,
} from '@backstage/plugin-scaffolder-react';
import {
  useTemplateParameterSchema,
  Workflow,
} from '@backstage/plugin-scaffolder-react/alpha';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';

/** The first sentence of a template description, without Markdown links, for the page's subtitle. */
export function subtitleOf(description?: string): string | undefined {
  const plain = description
    ?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain?.match(/^.*?[.!?](\s|$)/)?.[0].trim() ?? plain;
}

/**
 * The scaffolder's form page with the template's own heading: its title and the first sentence of
 * its description, instead of Backstage's "Create a new component" for every template. Otherwise the
 * stock page: the same Workflow, field extensions and review step. (It does not run
 * EXPERIMENTAL_formDecorators, which no template of this portal uses.)
 */
export function TemplateWizardPage(props: TemplateWizardPageProps) {
  const { namespace = 'default', templateName = '' } = useParams();
  const templateRef = stringifyEntityRef({
    kind: 'Template',
    namespace,
    name: templateName,
  });
  const { manifest } = useTemplateParameterSchema(templateRef);
  const scaffolderApi = useApi(scaffolderApiRef);
  const { secrets } = useTemplateSecrets();
  const navigate = useNavigate();
  const createLink = useRouteRef(scaffolderPlugin.routes.root);
  const [creating, setCreating] = useState(false);

  const onCreate = async (
    values: Parameters<ScaffolderApi['scaffold']>[0]['values'],
  ) => {
    if (creating) return;
    setCreating(true);
    try {
      const { taskId } = await scaffolderApi.scaffold({
        templateRef,
        values,
        secrets,
      });
      navigate(`${createLink()}/tasks/${taskId}`);
    } finally {
      setCreating(false);
    }
  };

  return (
    <Page themeId="website">
      <Header
        title={manifest?.title ?? 'Create'}
        subtitle={subtitleOf(manifest?.description)}
        pageTitleOverride={manifest?.title}
      />
      {creating && <Progress />}
      <Workflow
        namespace={namespace}
        templateName={templateName}
        onCreate={onCreate}
        onError={() => <Navigate to={createLink()} />}
        extensions={props.customFieldExtensions}
        layouts={props.layouts}
        formProps={props.formProps}
        components={props.components}
      />
    </Page>
  );
}
