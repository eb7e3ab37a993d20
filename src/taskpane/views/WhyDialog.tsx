import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExplainedLine } from "../explainParty";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
  },
});

export interface WhyDialogProps {
  readonly words: Strings;
  readonly name: string;
  /** Fetches the explanation (from the calculator, off the pane's thread). */
  readonly load: () => Promise<ExplainedLine[]>;
  readonly onClose: () => void;
}

/** "Varför?": a party's amount explained step by step, line by line. */
export function WhyDialog({ words, name, load, onClose }: WhyDialogProps) {
  const styles = useStyles();
  const [explained, setExplained] = useState<ExplainedLine[]>([]);
  useEffect(() => {
    load().then(setExplained, () => setExplained([]));
    // The explanation is fetched once, when the dialog opens.
  }, []);
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{words.whyTitle(name)}</DialogTitle>
          <DialogContent>
            {explained.map((line) => (
              <section key={line.line} aria-label={line.line}>
                <Subtitle2 as="h3">
                  {line.line}: {line.amount}
                </Subtitle2>
                {line.steps.map((step, i) => (
                  <div key={i} className={styles.step}>
                    <Body1>
                      {step.receiver}: {step.rule}
                    </Body1>
                    <Caption1>
                      {step.share !== undefined && `${words.share} ${step.share} · `}
                      {words.exact} {step.exact} · {words.rounded} {step.rounded}
                    </Caption1>
                    {step.note !== undefined && <Caption1>{step.note}</Caption1>}
                  </div>
                ))}
                {line.held !== undefined && <Body1 className={styles.step}>{line.held}</Body1>}
              </section>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {words.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
