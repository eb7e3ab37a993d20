import { parseShare } from "../exact/parseShare";
import { showTotal, sumExact } from "../exact/sumExact";
import { Rational } from "../exact/rational";
import { describe } from "../exact/parseDecimal";
import { at, ModelError } from "./ModelError";
import { expectList, expectObject, expectText, required } from "./fields";
import type { Schedule, SchedulePeriod } from "./types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `schedule`: the periods a party's total is paid in, each with a label
 * and a due date, and their weights (equal parts when left out). Weights are
 * shares that add up to exactly 1, one per period.
 *
 * @example
 * parseSchedule({ periods: [{ label: "H1", due: "2025-01-31" }, { label: "H2", due: "2025-07-31" }] })
 *   ?.weights.map(String); // ["1/2", "1/2"]
 */
export function parseSchedule(value: unknown): Schedule | undefined {
  if (value === undefined) return undefined;
  const object = expectObject(value, "schedule", ["periods", "weights"]);
  const list = expectList(required(object, "periods", "schedule"), "schedule.periods");
  if (list.length === 0) throw new ModelError("schedule.periods", "noPeriods");
  const periods = list.map((raw, index) => parsePeriod(raw, at("schedule.periods", index)));
  periods.forEach((period, index) => {
    const before = periods[index - 1];
    if (before !== undefined && period.due < before.due)
      throw new ModelError(`${period.path}.due`, "dueBeforePrevious", {
        due: period.due,
        previous: before.due,
      });
  });
  const weights =
    object.weights === undefined
      ? periods.map(() => Rational.of(1n, BigInt(periods.length)))
      : parseWeights(object.weights, periods.length);
  return { periods, weights };
}

function parsePeriod(raw: unknown, path: string): SchedulePeriod {
  const object = expectObject(raw, path, ["label", "due"]);
  const label = expectText(required(object, "label", path), at(path, "label"));
  const due = expectText(required(object, "due", path), at(path, "due"));
  if (!isCalendarDate(due)) throw new ModelError(at(path, "due"), "notDate", { found: describe(due) });
  return { label, due, path };
}

function parseWeights(value: unknown, count: number): Rational[] {
  const list = expectList(value, "schedule.weights");
  if (list.length !== count)
    throw new ModelError("schedule.weights", "weightCount", { weights: list.length, periods: count });
  const weights = list.map((raw, index) => parseShare(raw, at("schedule.weights", index)));
  const total = sumExact(weights);
  if (!total.equals(Rational.ONE))
    throw new ModelError("schedule.weights", "sumNotOne", { what: "weights", ...showTotal(total) });
  return weights;
}

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
