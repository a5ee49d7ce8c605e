package nl.regio.wmo.application.sepa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.shared.Money;

/**
 * The payment order for one approved monthly settlement run: one SEPA credit transfer per care provider, all
 * from the region's own account, in one batch. {@link Pain001Schrijver} turns it into a pain.001 file.
 *
 * <p>Everything the file contains is in here, the creation time included, so writing the same order twice gives
 * the same bytes. The checks that do not belong to one payment are made here: at least one payment (an empty
 * file is refused, not sent), at most {@value #MAX_BETALINGEN} (BNG Bank: "Een SEPA batch mag maximaal 100.000
 * posten bevatten", product page "Euro overboeking"), no EndToEndId twice, and an execution date not before
 * the creation date. Each {@link Betaling} and the {@link Rekeninghouder} check themselves.
 *
 * @param berichtId MsgId, also used as PmtInfId; at most 35 SEPA characters, e.g. {@code WMO-AFR-000042}
 * @param aangemaakt creation date and time (CreDtTm), Dutch local time
 * @param uitvoerdatum requested execution date (ReqdExctnDt)
 * @param betaler the region's own account
 * @param betalingen the credit transfers, in the order they are written
 */
public record Betaalopdracht(String berichtId, LocalDateTime aangemaakt, LocalDate uitvoerdatum,
    Rekeninghouder betaler, List<Betaling> betalingen) {

  /** The most transactions one batch may hold at BNG Bank. */
  public static final int MAX_BETALINGEN = 100_000;

  public Betaalopdracht {
    List<Fout> fouten = new ArrayList<>();
    String idFout = SepaTekens.foutInId(berichtId, Betaling.MAX_ID);
    if (idFout != null) {
      fouten.add(new Fout("berichtId", "Bericht-id " + idFout + "."));
    }
    if (aangemaakt == null) {
      fouten.add(new Fout("aangemaakt", "Aanmaakmoment is verplicht."));
    }
    if (uitvoerdatum == null) {
      fouten.add(new Fout("uitvoerdatum", "Uitvoerdatum is verplicht."));
    } else if (aangemaakt != null && uitvoerdatum.isBefore(aangemaakt.toLocalDate())) {
      fouten.add(new Fout("uitvoerdatum",
          "Uitvoerdatum " + uitvoerdatum + " ligt voor de aanmaakdatum " + aangemaakt.toLocalDate() + "."));
    }
    if (betaler == null) {
      fouten.add(new Fout("betaler", "De rekening van de regio (betaler) is verplicht."));
    }
    if (betalingen == null || betalingen.isEmpty()) {
      fouten.add(new Fout("betalingen", "Een betaalbestand zonder betalingen wordt niet gemaakt."));
    } else {
      if (betalingen.stream().anyMatch(Objects::isNull)) {
        fouten.add(new Fout("betalingen", "De lijst met betalingen bevat een lege betaling."));
      } else {
        Set<String> ids = new HashSet<>();
        Set<String> dubbel = new TreeSet<>();
        for (Betaling b : betalingen) {
          if (!ids.add(b.endToEndId())) {
            dubbel.add(b.endToEndId());
          }
        }
        if (!dubbel.isEmpty()) {
          fouten.add(new Fout("betalingen", "EndToEndId komt meer dan eens voor: " + String.join(", ", dubbel) + "."));
        }
        try {
          totaalCent(betalingen);
        } catch (ArithmeticException e) {
          fouten.add(new Fout("betalingen", "Het totaal van de betalingen is te groot."));
        }
      }
      if (betalingen.size() > MAX_BETALINGEN) {
        fouten.add(new Fout("betalingen",
            betalingen.size() + " betalingen; een batch mag er hoogstens " + MAX_BETALINGEN + " hebben."));
      }
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
    betalingen = List.copyOf(betalingen);
  }

  /** NbOfTxs. */
  public int aantal() {
    return betalingen.size();
  }

  /** CtrlSum in cents: the exact sum of all amounts. */
  public long totaalCent() {
    return totaalCent(betalingen);
  }

  public Money totaal() {
    return Money.ofCents(totaalCent());
  }

  private static long totaalCent(List<Betaling> betalingen) {
    long totaal = 0;
    for (Betaling b : betalingen) {
      totaal = Math.addExact(totaal, Objects.requireNonNull(b).bedragCent());
    }
    return totaal;
  }
}
