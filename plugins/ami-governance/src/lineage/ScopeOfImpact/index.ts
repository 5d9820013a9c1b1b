export { ScopeOfImpact, scopeHeadline } from './ScopeOfImpact';
