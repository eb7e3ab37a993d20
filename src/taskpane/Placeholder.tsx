import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

/** What the pane shows until the task pane issue builds it: what Fördela is and where it runs. */
export function Placeholder({ inExcel }: { inExcel: boolean }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Fördela</Title2>
      <Body1>
        Fördelar medel mellan region, kommuner och staten, exakt till kronan. Uppgiftsfönstret byggs i nästa
        version; kommandoraden <code>fordela</code> fungerar redan.
      </Body1>
      {!inExcel && <Body1>Du är inte i Excel.</Body1>}
    </main>
  );
}
