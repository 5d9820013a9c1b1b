import { Content, Header, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useParams } from 'react-router-dom';
import { rootRouteRef } from '../../routes';
import { ImageView } from './ImageView';

/** `/ami-governance/images/:imageId`: one AMI on a page of its own, the one every AMI ID links to. */
export function ImagePage() {
  const root = useRouteRef(rootRouteRef)();
  const imageId = useParams().imageId ?? '';
  return (
    <Page themeId="tool">
      <Header
        title={imageId}
        subtitle="Where this AMI came from, and what it reaches"
        type="AMI Governance"
        typeLink={root}
      />
      <Content>
        <ImageView imageId={imageId} />
      </Content>
    </Page>
  );
}
