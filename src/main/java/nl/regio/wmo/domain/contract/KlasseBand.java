package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One klasse of individual support (seed 004 ch. 10, rule S-KLASSE): the average hours per week it
 * stands for, {@code (urenVanaf, urenTotEnMet]}. Klasse 1 = up to 2 h, 2 = 2–4, 3 = 4–7, 4 = 7–10, 5
 * = 10–13. The bands are data (config/regio/klassen.csv), not code.
 */
@Entity
@Table(name = "klasse")
public class KlasseBand {

  @Id private int nummer;

  @Column(name = "uren_vanaf", nullable = false, precision = 5, scale = 2)
  private BigDecimal urenVanaf;

  @Column(name = "uren_tot_en_met", nullable = false, precision = 5, scale = 2)
  private BigDecimal urenTotEnMet;

  protected KlasseBand() {}

  public KlasseBand(int nummer, BigDecimal urenVanaf, BigDecimal urenTotEnMet) {
    if (nummer < 1) {
      throw new IllegalArgumentException("Klassenummer moet 1 of hoger zijn.");
    }
    if (urenTotEnMet.compareTo(urenVanaf) <= 0) {
      throw new IllegalArgumentException("Klasse " + nummer + ": bovengrens moet boven de ondergrens liggen.");
    }
    this.nummer = nummer;
    this.urenVanaf = urenVanaf;
    this.urenTotEnMet = urenTotEnMet;
  }

  public int nummer() {
    return nummer;
  }

  public BigDecimal urenVanaf() {
    return urenVanaf;
  }

  public BigDecimal urenTotEnMet() {
    return urenTotEnMet;
  }

  /** Whether an average of {@code urenPerWeek} falls in this klasse: above the lower bound, up to and including the upper. */
  public boolean bevat(BigDecimal urenPerWeek) {
    return urenPerWeek.compareTo(urenVanaf) > 0 && urenPerWeek.compareTo(urenTotEnMet) <= 0;
  }
}
