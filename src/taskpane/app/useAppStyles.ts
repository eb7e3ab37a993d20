import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's frame, and what keeps every view whole from 320 to 500 px. */
export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    // The run bar is the last thing in the pane and sticks to its foot: nothing below it.
    paddingBottom: 0,
    // A flex child may shrink below its content's width: nothing pushes the pane wider than Excel gives it.
    minWidth: 0,
    // Every tab list wraps to a second line in a narrow pane rather than run off its edge.
    "& .fui-TabList": { flexWrap: "wrap" },
    // A drop-down or a select is never wider than the pane; its long choice is cut with an ellipsis, the list shows it whole.
    "& .fui-Dropdown, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Select__select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& .fui-Dropdown__button": {
      minWidth: 0,
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
    },
    // Tables size their columns to their content: names wrap between words, never inside one
    // ("Försäkrin gskassan"), and numbers stay on one line, so neighbours never run together.
    "& .fui-Table": { tableLayout: "auto" },
    "& .fui-TableCell, & .fui-TableHeaderCell": { wordBreak: "normal", overflowWrap: "normal" },
    "& .fui-TableCell": { fontVariantNumeric: "tabular-nums" },
    "@media (max-width: 440px)": {
      "& .fui-TableCell, & .fui-TableHeaderCell": { paddingLeft: "3px", paddingRight: "3px" },
    },
    // Below 360 px the result table leaves out its rounding column ("Varför?" still explains it) to keep the rest whole.
    "@media (max-width: 360px)": {
      padding: tokens.spacingHorizontalS,
      "& table[data-narrow-hide] tr > :nth-child(4)": { display: "none" },
    },
  },
  // The frame around the view takes the focus when the pane changes the view; it shows no ring of its own.
  frame: { display: "flex", flexDirection: "column", minWidth: 0, outlineStyle: "none" },
});
