package nl.regio.wmo.domain.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A calendar month, the unit of declaration and settlement. */
public record Maand(YearMonth jaarMaand) implements Comparable<Maand> {

  public Maand {
    Objects.requireNonNull(jaarMaand, "Maand is verplicht.");
  }

  public static Maand of(int jaar, int maand) {
    return new Maand(YearMonth.of(jaar, maand));
  }

  /** Parses {@code yyyy-mm}. */
  public static Maand parse(String tekst) {
    return new Maand(YearMonth.parse(tekst));
  }

  public static Maand van(LocalDate dag) {
    return new Maand(YearMonth.from(dag));
  }

  public LocalDate eersteDag() {
    return jaarMaand.atDay(1);
  }

  public LocalDate laatsteDag() {
    return jaarMaand.atEndOfMonth();
  }

  public int dagen() {
    return jaarMaand.lengthOfMonth();
  }

  public Periode alsPeriode() {
    return new Periode(eersteDag(), jaarMaand.plusMonths(1).atDay(1));
  }

  public Maand volgende() {
    return new Maand(jaarMaand.plusMonths(1));
  }

  @Override
  public int compareTo(Maand other) {
    return jaarMaand.compareTo(other.jaarMaand);
  }

  @Override
  public String toString() {
    return jaarMaand.toString();
  }
}
