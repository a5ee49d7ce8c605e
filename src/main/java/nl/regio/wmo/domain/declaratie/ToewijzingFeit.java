package nl.regio.wmo.domain.declaratie;

import java.util.List;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Periode;

/**
 * What a declaration line is checked against: a toewijzing as assigned (client, provider, product,
 * unit, period, volume per week or per month, or a budget) and the tariffs in force over its period.
 *
 * <p>For a budget toewijzing ({@link Grondslag#BUDGET}) {@code budgetCent} is the budget for the
 * whole period in cents, {@code volume} is 0 (there is no omvang), and {@code eenheid} is the unit
 * of the product (its contract unit): the toewijzing itself has none, and the provider declares in
 * the product's unit. For every other toewijzing {@code budgetCent} is null.
 */
public record ToewijzingFeit(
    long nummer,
    String bsn,
    String aanbiederAgb,
    String gemeente,
    String categorie,
    String productcode,
    String eenheid,
    Periode periode,
    boolean verwijderd,
    Grondslag grondslag,
    long volume,
    List<TariefPeriode> tarieven,
    List<Long> tariefIds,
    Long budgetCent) {

  /** A toewijzing with an omvang (no budget). */
  public ToewijzingFeit(long nummer, String bsn, String aanbiederAgb, String gemeente, String categorie, String productcode, String eenheid,
      Periode periode, boolean verwijderd, Grondslag grondslag, long volume, List<TariefPeriode> tarieven, List<Long> tariefIds) {
    this(nummer, bsn, aanbiederAgb, gemeente, categorie, productcode, eenheid, periode, verwijderd, grondslag, volume, tarieven, tariefIds,
        null);
  }

  public ToewijzingFeit {
    if ((grondslag == Grondslag.BUDGET) != (budgetCent != null)) {
      throw new IllegalArgumentException("Grondslag BUDGET hoort bij een budget en omgekeerd (toewijzing " + nummer + ")");
    }
  }
}
