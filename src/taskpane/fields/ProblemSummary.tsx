import { Body1Strong, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useContext, useId } from "react";
import type { Language } from "../../contracts/language";
import { fieldWords } from "../fieldStrings";
import type { FieldProblem } from "./paneProblems";
import { FieldsContext } from "./useField";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  // At the pane's foot, under the view: many problems scroll in their own box instead of covering the view.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "30vh", overflowY: "auto" },
  item: { overflowWrap: "break-word" },
});

/**
 * Problems that a field shows once: the engine's refusal, then each check,
 * but not a check on the field the refusal already sits on (it says the same).
 */
function listed(problems: readonly FieldProblem[]): FieldProblem[] {
  const refused = problems.find((p) => p.refusal)?.target.field;
  return problems.filter((p) => p.refusal || p.target.field !== refused);
}

/**
 * Every problem in the model above the run button: the checks while typing
 * and the last run's refusal, each a link that takes the user to its field
 * (its tab, scrolled into view, focused). Nothing while there is none.
 */
export function ProblemSummary({ language }: { readonly language: Language }) {
  const styles = useStyles();
  const words = fieldWords(language);
  const { problems, go } = useContext(FieldsContext);
  const heading = useId();
  const shown = listed(problems);
  if (shown.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={heading}>
      <Body1Strong as="h2" id={heading}>
        {words.summary}
      </Body1Strong>
      <Caption1>{words.summaryHint}</Caption1>
      <ul className={styles.list}>
        {shown.map((problem, i) => (
          <li key={`${problem.target.field}-${i}`} className={styles.item}>
            <Link as="button" onClick={() => go(problem.target)}>
              {problem.place === "" ? problem.message : `${problem.place}: ${problem.message}`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
