/** A backend with only the plugin under test, for bench/api. Config comes from --config. */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@ami-governance/backstage-plugin-ami-governance-backend'));
backend.start();
