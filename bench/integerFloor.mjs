// A plain scaled-integer evaluation of the generated national model, kept as
// a floor for engine.vsIntegerFloor: the same splits as evaluateScenarios
// (every line of the base model and of each scenario, scenarios applied as
// merge patches, unchanged lines reused) with BigInt integers over one
// denominator per level, no gcd, no checks, no explanations, no exact
// amounts kept. Bounds are met by the usual clamp-and-split-again loop.
// It reads only what nationalModel() writes (whole-number key values,
// shares as a/b, weights as a/b or n%). Not for use beyond the bench.

function fraction(text) {
  if (text.endsWith("%")) return [BigInt(text.slice(0, -1)), 100n];
  const [num, den = "1"] = text.split("/");
  return [BigInt(num), BigInt(den)];
}

function merge(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result = { ...(target && typeof target === "object" ? target : {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = merge(result[key], value);
  }
  return result;
}

/** Largest remainder over integer weights: floors, then one unit each to the largest remainders. */
function largestRemainder(units, weights) {
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (units * w) / total);
  const rest = weights.map((w, i) => units * w - parts[i] * total);
  let left = units - parts.reduce((s, p) => s + p, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (rest[b] > rest[a] ? 1 : rest[b] < rest[a] ? -1 : a - b));
  for (const i of order) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

/** Parties a rule splits among. */
function receivers(model, rule, scope) {
  if (typeof rule.among === "string") return model.groups[rule.among];
  return scope ?? model.parties.map((p) => p.id);
}

/** Integer weights of a key/equal/weights rule over its receivers, on one common denominator. */
function weightsOf(model, rule, ids) {
  if (rule.by === "equal") return ids.map(() => 1n);
  if (rule.by === "key") return ids.map((id) => BigInt(model.keys[rule.key].values[id] ?? "0"));
  const sources = Object.entries(rule.weights).map(([source, share]) => {
    const values = ids.map((id) => (source === "equal" ? 1n : BigInt(model.keys[source].values[id] ?? "0")));
    return { values, sum: values.reduce((s, v) => s + v, 0n), share: fraction(share) };
  });
  const common = sources.reduce((d, s) => d * s.sum * s.share[1], 1n);
  return ids.map((_, i) =>
    sources.reduce((w, s) => w + (s.share[0] * s.values[i] * common) / (s.sum * s.share[1]), 0n),
  );
}

/** Splits by weights within bounds: parties past a bound are held at it, the rest split again. */
function bounded(units, ids, weights, lower, upper) {
  const parts = new Map();
  let free = ids.map((_, i) => i);
  let left = units;
  for (;;) {
    const split = largestRemainder(
      left,
      free.map((i) => weights[i]),
    );
    const held = free.filter((i, k) => split[k] < lower[i] || split[k] > upper[i]);
    if (held.length === 0) {
      free.forEach((i, k) => parts.set(ids[i], split[k]));
      return parts;
    }
    for (const i of held) {
      const k = free.indexOf(i);
      const at = split[k] < lower[i] ? lower[i] : upper[i];
      parts.set(ids[i], at);
      left -= at;
    }
    free = free.filter((i) => !held.includes(i));
  }
}

function allocate(model, rule, units, scope, into) {
  const add = (id, amount) => into.set(id, (into.get(id) ?? 0n) + amount);
  if (rule.by === "shares") {
    const entries = Object.entries(rule.shares).map(([id, entry]) => ({
      id,
      share: fraction(typeof entry === "string" ? entry : entry.share),
      split: typeof entry === "string" ? undefined : entry.split,
    }));
    const common = entries.reduce((d, e) => d * e.share[1], 1n);
    const parts = largestRemainder(
      units,
      entries.map((e) => (e.share[0] * common) / e.share[1]),
    );
    entries.forEach((e, i) =>
      e.split === undefined
        ? add(e.id, parts[i])
        : allocate(model, e.split, parts[i], model.groups[e.id], into),
    );
    return;
  }
  if (rule.by === "fixed") {
    const amounts = model.keys[rule.amounts].values;
    let rest = units;
    for (const [id, amount] of Object.entries(amounts)) {
      add(id, BigInt(amount));
      rest -= BigInt(amount);
    }
    if (rule.rest !== undefined) allocate(model, rule.rest, rest, scope, into);
    return;
  }
  const ids = receivers(model, rule, scope);
  const weights = weightsOf(model, rule, ids);
  const fjol = rule.maxDecrease && model.keys[rule.maxDecrease.from].values;
  const keep = rule.maxDecrease && fraction(rule.maxDecrease.percent);
  const lower = ids.map((id) =>
    fjol ? (BigInt(fjol[id] ?? "0") * (keep[1] - keep[0]) + keep[1] - 1n) / keep[1] : BigInt(rule.min ?? "0"),
  );
  const upper = ids.map(() => (rule.max === undefined ? units : BigInt(rule.max)));
  for (const [id, part] of bounded(units, ids, weights, lower, upper)) add(id, part);
}

function lineUnits(line) {
  if (line.amount !== undefined) return BigInt(line.amount);
  const [num, den] = fraction(line.split.shares[line.anchor.party]);
  return (BigInt(line.anchor.amount) * den) / num;
}

/** Whether a line's split can be taken over: the same line object, reading the same key objects. */
function sameLine(before, model, id) {
  if (before === undefined || before.line !== model.lines[id]) return false;
  return before.keys.every(([key, values]) => model.keys[key]?.values === values);
}

function keysRead(rule, into = new Set()) {
  if (rule.key) into.add(rule.key);
  if (rule.amounts) into.add(rule.amounts);
  if (rule.weights) Object.keys(rule.weights).forEach((k) => k !== "equal" && into.add(k));
  if (rule.maxDecrease) into.add(rule.maxDecrease.from);
  if (rule.rest) keysRead(rule.rest, into);
  if (rule.shares)
    Object.values(rule.shares).forEach((e) => typeof e === "object" && keysRead(e.split, into));
  return into;
}

function evaluate(model, reuse) {
  const lines = new Map();
  for (const [id, line] of Object.entries(model.lines)) {
    const before = reuse?.get(id);
    if (sameLine(before, model, id)) {
      lines.set(id, before);
      continue;
    }
    const units = lineUnits(line);
    const parts = new Map();
    allocate(model, line.split, units, undefined, parts);
    const keys = [...keysRead(line.split)].map((key) => [key, model.keys[key]?.values]);
    lines.set(id, { line, keys, units, parts });
  }
  return lines;
}

/**
 * Every line of the base model and of each scenario, split into whole units.
 *
 * @example
 * integerFloor(nationalModel()).length; // 21
 */
export function integerFloor(document) {
  const base = evaluate(document, undefined);
  return [base, ...document.scenarios.map((s) => evaluate(merge(document, s.patch), base))];
}
