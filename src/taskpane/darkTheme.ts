// Only a pane in Office's dark theme needs these colours: a chunk of its own, fetched then.
export { webDarkTheme } from "@fluentui/react-components";
