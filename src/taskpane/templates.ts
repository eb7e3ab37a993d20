import gemensamNamnd from "../../examples/gemensam-namnd.json";
import regionalSamverkan from "../../examples/regional-samverkan.json";
import samordningsforbund from "../../examples/samordningsforbund.json";
import turism from "../../examples/turism.json";

/** The four cases of DOMAIN.md as starting points, loaded only when the Start view asks for them. */
export const TEMPLATES: readonly {
  readonly id: string;
  readonly document: { name: string } & Record<string, unknown>;
}[] = [
  { id: "samordningsforbund", document: samordningsforbund },
  { id: "gemensam-namnd", document: gemensamNamnd },
  { id: "turism", document: turism },
  { id: "regional-samverkan", document: regionalSamverkan },
];
