import { Body1, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  // A compact header: the name on one line, so the work starts above the fold even at 320 × 600.
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  notice: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

interface PaneHeaderProps {
  readonly words: Strings;
  /** On Start, the one line saying what Fördela does; elsewhere the name alone. */
  readonly start: boolean;
  readonly inExcel: boolean;
}

/** The pane's name, what it does (on Start), and outside Excel that nothing is saved. */
export function PaneHeader({ words, start, inExcel }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1">{words.title}</Subtitle1>
      {start && <Caption1>{words.tagline}</Caption1>}
      {!inExcel && (
        <Body1 role="status" className={styles.notice}>
          {words.notInExcel}
        </Body1>
      )}
    </header>
  );
}
