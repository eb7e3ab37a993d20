// Fluent's parts that the first view does not show: a notice (MessageBar), the automatic-recalculation
// switch, a rename field, the run's progress. One chunk, fetched just after the first paint (see later.tsx).
export {
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
} from "@fluentui/react-components";
