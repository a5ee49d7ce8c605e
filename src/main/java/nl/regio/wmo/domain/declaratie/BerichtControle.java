package nl.regio.wmo.domain.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regio.wmo.domain.shared.Bsn;

/**
 * The checks within one WMO323 (iWmo level 2, the XSLT rules). Any failure answers header code 0001
 * and the declaration counts as not received. Fed streaming: {@link #kop} once, then {@link
 * #prestatie} per line; memory stays flat (only counters and the first reasons are kept).
 *
 * <ul>
 *   <li>CS340: the DeclaratiePeriode is one whole calendar month.
 *   <li>TR358: TotaalIngediendBedrag = Σ debit − Σ credit of the prestaties, with its own D/C.
 *   <li>CS337: a ProductPeriode lies within one calendar month and does not end before it begins.
 *   <li>CD060: a credit carries its VorigReferentieNummer; a debit does not.
 *   <li>CS002: every BSN passes the 11-proef.
 *   <li>CD087/CS339: Eenheid 83 has no ProductTarief and IngediendBedrag = GeleverdVolume; every
 *       other unit has a ProductTarief.
 *   <li>CS325: an amount of 0 is declared as debit.
 * </ul>
 */
public final class BerichtControle {

  static final int MAX_REDENEN = 50;

  private final List<String> redenen = new ArrayList<>();
  private int meerRedenen;
  private long som;
  private long aantal;
  private long totaalMetTeken;

  public void kop(LocalDate periodeBegin, LocalDate periodeEind, long totaalCent, String totaalDc) {
    if (periodeBegin.getDayOfMonth() != 1
        || !periodeEind.equals(periodeBegin.withDayOfMonth(periodeBegin.lengthOfMonth()))) {
      reden("CS340: de declaratieperiode " + periodeBegin + " t/m " + periodeEind + " is niet precies één kalendermaand");
    }
    if (totaalCent == 0 && !"D".equals(totaalDc)) {
      reden("CS325: een totaal van 0 heeft DebetCredit D");
    }
    totaalMetTeken = "C".equals(totaalDc) ? -totaalCent : totaalCent;
  }

  public void prestatie(Prestatie p) {
    aantal++;
    som += p.bedragMetTeken();
    if (p.eind().isBefore(p.begin())) {
      reden(waar(p) + "CS337: de productperiode eindigt voor zij begint");
    } else if (p.begin().getYear() != p.eind().getYear() || p.begin().getMonth() != p.eind().getMonth()) {
      reden(waar(p) + "CS337: de productperiode ligt niet binnen één kalendermaand");
    }
    boolean vorige = p.vorigeReferentie() != null && !p.vorigeReferentie().isBlank();
    if (p.credit() && !vorige) {
      reden(waar(p) + "CD060: een creditprestatie noemt de VorigReferentieNummer van de debetprestatie die zij terugdraait");
    } else if (!p.credit() && vorige) {
      reden(waar(p) + "CD060: alleen een creditprestatie heeft een VorigReferentieNummer");
    }
    if (!Bsn.isGeldig(p.bsn())) {
      reden(waar(p) + "CS002: het BSN voldoet niet aan de 11-proef");
    }
    if (Prestatie.EENHEID_EURO.equals(p.eenheid())) {
      if (p.tariefCent() != null) {
        reden(waar(p) + "CD087: bij eenheid 83 (euro) blijft ProductTarief leeg");
      }
      if (p.bedragCent() != p.volume()) {
        reden(waar(p) + "CS339: bij eenheid 83 is het ingediende bedrag gelijk aan het geleverde volume (in centen)");
      }
    } else if (p.tariefCent() == null) {
      reden(waar(p) + "CD087: ProductTarief is verplicht bij eenheid " + p.eenheid());
    }
    if (p.bedragCent() == 0 && p.credit()) {
      reden(waar(p) + "CS325: een bedrag van 0 heeft DebetCredit D");
    }
  }

  /** Reasons to answer 0001; empty when the message passed. Call after the last prestatie. */
  public List<String> uitkomst() {
    List<String> uit = new ArrayList<>(redenen);
    if (aantal > 0 && som != totaalMetTeken) {
      uit.add(0, "TR358: TotaalIngediendBedrag " + totaalMetTeken + " cent is niet de som van de prestaties (debet − credit): " + som + " cent");
    }
    if (meerRedenen > 0) {
      uit.add("… en " + meerRedenen + " andere");
    }
    return uit;
  }

  /** Where a reason is: built only when there is one (this runs for every line). */
  private static String waar(Prestatie p) {
    return "prestatie " + p.volgnummer() + " (referentie " + p.referentie() + "): ";
  }

  private void reden(String reden) {
    if (redenen.size() < MAX_REDENEN) {
      redenen.add(reden);
    } else {
      meerRedenen++;
    }
  }
}
