/**
 * Greatest common divisor of two non-negative BigInts (Euclid).
 *
 * @example
 * gcd(12n, 18n); // 6n
 */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/**
 * An exact rational number: a BigInt numerator over a positive BigInt
 * denominator, always in lowest terms. Money never passes through binary
 * floating point in the engine; every amount, share and key value is one of these.
 *
 * @example
 * Rational.of(1n, 3n).add(Rational.of(1n, 6n)).toString(); // "1/2"
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /**
   * Builds num/den in lowest terms.
   *
   * @example
   * Rational.of(2n, -4n).toString(); // "-1/2"
   */
  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError("division by zero");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(abs(num), den);
    return g === 1n ? new Rational(num, den) : new Rational(num / g, den / g);
  }

  /**
   * num/den as given, not brought to lowest terms: for hot paths that would
   * otherwise spend their time on common divisors. Every method works on
   * either form.
   *
   * @example
   * Rational.unreduced(2n, 4n).equals(Rational.of(1n, 2n)); // true
   */
  static unreduced(num: bigint, den: bigint): Rational {
    if (den === 0n) throw new RangeError("division by zero");
    return den < 0n ? new Rational(-num, -den) : new Rational(num, den);
  }

  /** The same number in lowest terms. */
  reduced(): Rational {
    return Rational.of(this.num, this.den);
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  div(other: Rational): Rational {
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** -1, 0 or 1. */
  sign(): number {
    return this.num === 0n ? 0 : this.num < 0n ? -1 : 1;
  }

  compare(other: Rational): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left === right ? 0 : left < right ? -1 : 1;
  }

  equals(other: Rational): boolean {
    return this.num * other.den === other.num * this.den;
  }

  isInteger(): boolean {
    return this.num % this.den === 0n;
  }

  /** The largest integer not above this number. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** The smallest integer not below this number. */
  ceil(): bigint {
    return -this.neg().floor();
  }

  min(other: Rational): Rational {
    return this.compare(other) <= 0 ? this : other;
  }

  max(other: Rational): Rational {
    return this.compare(other) >= 0 ? this : other;
  }

  /** "3/4", or "3" when whole: the form used in messages. */
  toString(): string {
    const { num, den } = this.reduced();
    return den === 1n ? num.toString() : `${num}/${den}`;
  }
}

/**
 * Sum of rationals.
 *
 * @example
 * sum([Rational.of(1n, 2n), Rational.of(1n, 2n)]).toString(); // "1"
 */
export function sum(values: Iterable<Rational>): Rational {
  let total = Rational.ZERO;
  for (const value of values) total = total.add(value);
  return total;
}
