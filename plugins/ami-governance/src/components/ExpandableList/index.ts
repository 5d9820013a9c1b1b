export { ExpandableList } from './ExpandableList';
