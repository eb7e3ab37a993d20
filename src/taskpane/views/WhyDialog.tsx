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
import { useMemo } from "react";
import { evaluateModel, type Evaluation } from "../../engine";
import type { Language } from "../../workbook/render/labels";
import { explainParty } from "../explainParty";
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
  readonly language: Language;
  readonly evaluation: Evaluation | undefined;
  readonly party: string;
  readonly onClose: () => void;
}

/** "Varför?": a party's amount explained step by step, line by line. */
export function WhyDialog({ words, language, evaluation, party, onClose }: WhyDialogProps) {
  const styles = useStyles();
  const explained = useMemo(
    () =>
      evaluation === undefined
        ? []
        : explainParty(evaluateModel(evaluation.model, { explain: true }), party, language, words),
    [evaluation, party, language, words],
  );
  const name = evaluation?.model.partyById.get(party)?.name ?? party;
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
