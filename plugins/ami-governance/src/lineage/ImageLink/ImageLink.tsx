import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { imageRouteRef } from '../../routes';

/** An AMI ID that opens the AMI view (lineage, provenance, scope of impact). */
export function ImageLink(props: { imageId: string }) {
  const image = useRouteRef(imageRouteRef);
  return (
    <Link to={image({ imageId: props.imageId })}>
      <code>{props.imageId}</code>
    </Link>
  );
}
