package nl.regio.wmo.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euro, held as whole eurocents. Amounts in this system are exact: they are added and
 * subtracted as cents, and the only place a fraction of a cent is rounded is {@link #rounded}, with
 * {@link #ROUNDING} (half up, away from zero on .5). Negative amounts are allowed (credits).
 */
public record Money(long cent) implements Comparable<Money> {

  /** The one rounding rule for amounts: half up (0.5 cent and more rounds away from zero). */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public static final Money ZERO = new Money(0);

  public static Money ofCents(long cent) {
    return new Money(cent);
  }

  /** Euros with at most two decimals; more decimals are refused (use {@link #rounded}). */
  public static Money ofEuros(BigDecimal euros) {
    if (euros.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Bedrag heeft meer dan 2 decimalen: " + euros.toPlainString());
    }
    return new Money(euros.movePointRight(2).longValueExact());
  }

  /** An exact euro amount (any scale) rounded to the cent with {@link #ROUNDING}. */
  public static Money rounded(BigDecimal exactEuros) {
    return new Money(exactEuros.setScale(2, ROUNDING).movePointRight(2).longValueExact());
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cent, other.cent));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(cent, other.cent));
  }

  /** This amount times an exact factor (volume, fraction), rounded once to the cent. */
  public Money times(BigDecimal factor) {
    return rounded(euros().multiply(factor));
  }

  public Money negate() {
    return new Money(Math.negateExact(cent));
  }

  public boolean isNegative() {
    return cent < 0;
  }

  public BigDecimal euros() {
    return BigDecimal.valueOf(cent, 2);
  }

  public static Money sum(Iterable<Money> amounts) {
    Money total = ZERO;
    for (Money m : amounts) {
      total = total.plus(m);
    }
    return total;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cent, other.cent);
  }

  /** Dutch notation, e.g. {@code € 1.234,56} and {@code € -0,05}. */
  @Override
  public String toString() {
    if (cent == Long.MIN_VALUE) {
      return toStringFormat();
    }
    // the same text as String.format("€ %s%s,%02d") with '.' grouping, without Formatter (hot path: evidence per line)
    long abs = Math.abs(cent);
    String euros = Long.toString(abs / 100);
    StringBuilder uit = new StringBuilder(euros.length() + euros.length() / 3 + 6).append("€ ");
    if (cent < 0) {
      uit.append('-');
    }
    int eerste = euros.length() % 3 == 0 ? 3 : euros.length() % 3;
    uit.append(euros, 0, eerste);
    for (int i = eerste; i < euros.length(); i += 3) {
      uit.append('.').append(euros, i, i + 3);
    }
    long centen = abs % 100;
    return uit.append(',').append((char) ('0' + centen / 10)).append((char) ('0' + centen % 10)).toString();
  }

  private String toStringFormat() {
    long abs = Math.abs(cent);
    String euros = String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '.');
    return String.format(java.util.Locale.ROOT, "€ %s%s,%02d", cent < 0 ? "-" : "", euros, abs % 100);
  }
}
