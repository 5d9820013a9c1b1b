export { EntityAmiGovernanceCard } from './EntityAmiGovernanceCard';
