package nl.regio.wmo.domain.contract;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The klasse bands together (rule S-KLASSE). Bands must follow each other without gaps or overlap,
 * starting at 0 hours; an average above the last band has no klasse and needs an offerte
 * (S-IB-RANGE).
 */
public final class Klassenindeling {

  private final List<KlasseBand> banden;

  public Klassenindeling(List<KlasseBand> banden) {
    this.banden = banden.stream().sorted(Comparator.comparingInt(KlasseBand::nummer)).toList();
    if (this.banden.isEmpty()) {
      throw new IllegalArgumentException("Er is geen klassenindeling.");
    }
    BigDecimal verwacht = BigDecimal.ZERO;
    for (int i = 0; i < this.banden.size(); i++) {
      KlasseBand band = this.banden.get(i);
      if (band.nummer() != i + 1) {
        throw new IllegalArgumentException("Klassen moeten 1, 2, 3 … zonder gat genummerd zijn; gevonden " + band.nummer());
      }
      if (band.urenVanaf().compareTo(verwacht) != 0) {
        throw new IllegalArgumentException(
            "Klasse " + band.nummer() + " moet beginnen waar de vorige eindigt (" + verwacht.toPlainString() + " uur).");
      }
      verwacht = band.urenTotEnMet();
    }
  }

  /** The klasse for an average of hours per week, or empty when it lies above the last band (offerte). */
  public Optional<Integer> klasseVoor(BigDecimal urenPerWeek) {
    if (urenPerWeek.signum() <= 0) {
      throw new IllegalArgumentException("Uren per week moet groter dan 0 zijn.");
    }
    return banden.stream().filter(b -> b.bevat(urenPerWeek)).map(KlasseBand::nummer).findFirst();
  }

  public boolean bestaat(int klasse) {
    return klasse >= 1 && klasse <= banden.size();
  }

  public int aantal() {
    return banden.size();
  }

  public List<KlasseBand> banden() {
    return banden;
  }
}
