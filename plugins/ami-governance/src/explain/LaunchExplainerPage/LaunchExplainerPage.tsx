import { Content, Header, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';
import { LaunchExplainer } from '../LaunchExplainer';

/** `/ami-governance/explain`: the explainer on a page of its own, the one a policy's message links to. */
export function LaunchExplainerPage() {
  const root = useRouteRef(rootRouteRef)();
  return (
    <Page themeId="tool">
      <Header
        title="Can I launch this?"
        subtitle="Whether an AWS account may launch an AMI, layer by layer, until when, and what to do"
        type="AMI Governance"
        typeLink={root}
      />
      <Content>
        <LaunchExplainer />
      </Content>
    </Page>
  );
}
