package nl.regio.wmo.domain.pgb;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * Reconciles the PGB budgets of a budget holder with what the SVB paid from them in one calendar
 * year (rules S-PGB-SVB, S-PGB-TARIEF, OP043). Pure: no database, no clock.
 *
 * <p>Per PGB beschikking: <b>toegekend</b> = the year budget (sum of the rounded monthly budgets in
 * the year); <b>betaald</b> = the sum of the SVB payments charged to it for months of the year
 * (every payment counts, also one that is reported as an exception); <b>restant</b> = toegekend −
 * betaald (negative when overspent); <b>terug te vorderen</b> = the restant when positive (unspent
 * budget the SVB returns after the accountability period, seed 004 §5.5), else 0.
 *
 * <p>Exceptions ({@link AfwijkingSoort}), each with its evidence:
 *
 * <ul>
 *   <li>OVERSCHRIJDING_MAAND: a month within the beschikking in which more was paid than its budget;
 *   <li>OVERSCHRIJDING_JAAR: more paid in the year than the year budget;
 *   <li>BUITEN_PERIODE: a payment for a month without any day in the beschikking period (such a
 *       month is not also reported as OVERSCHRIJDING_MAAND);
 *   <li>ZORGOVEREENKOMST_NIET_GOEDGEKEURD: a payment under a care agreement the municipality did not
 *       approve;
 *   <li>INFORMEEL_TARIEF_TE_HOOG / FORMEEL_TARIEF_TE_HOOG: an hourly rate above {@link
 *       PgbTariefRegel#maxUurtarief()} of the line that applies to the product and zorgsoort on the
 *       first day of the payment's month within the beschikking; the amount at stake is hours ×
 *       (rate − cap), rounded once half up;
 *   <li>PGB_EN_ZIN (OP043): a ZIN toewijzing of the same product overlapping the beschikking in the
 *       year; the amount at stake is what was paid from the PGB for the months touching the overlap;
 *   <li>TERUGVORDERING_JAAREINDE: unspent budget to reclaim;
 *   <li>TOEKENNING_ONBEKEND (local rule S-PGB-TOEKENNING): a payment charged to a toekenning that is
 *       not a PGB beschikking of this holder, or that names another holder than its toekenning.
 * </ul>
 *
 * <p>Money is exact whole cents ({@link Money}); the only rounding is half up to the cent, once,
 * where a rate difference is multiplied by hours.
 */
public final class Reconciliatie {

  private static final Locale NL = Locale.forLanguageTag("nl-NL");

  private Reconciliatie() {}

  /** The balance of one PGB beschikking in the year, with its exceptions. */
  public record BeschikkingSaldo(
      String nummer,
      String productCode,
      Periode periode,
      String omvang,
      Money toegekend,
      Money betaald,
      Money restant,
      Money terugTeVorderen,
      List<Afwijking> afwijkingen) {
    public BeschikkingSaldo {
      afwijkingen = List.copyOf(afwijkingen);
    }
  }

  /** The reconciliation of one budget holder in one year. */
  public record Uitkomst(Bsn houder, int jaar, List<BeschikkingSaldo> beschikkingen, List<Afwijking> overige) {
    public Uitkomst {
      beschikkingen = List.copyOf(beschikkingen);
      overige = List.copyOf(overige);
    }

    public Money toegekend() {
      return Money.sum(beschikkingen.stream().map(BeschikkingSaldo::toegekend).toList());
    }

    /** Everything paid for this holder in the year, also on unknown toekenningen. */
    public Money betaald() {
      return Money.sum(beschikkingen.stream().map(BeschikkingSaldo::betaald).toList())
          .plus(Money.sum(overige.stream().map(Afwijking::werkelijk).toList()));
    }

    public Money terugTeVorderen() {
      return Money.sum(beschikkingen.stream().map(BeschikkingSaldo::terugTeVorderen).toList());
    }

    /** Every exception: per beschikking in order, then those on unknown toekenningen. */
    public List<Afwijking> afwijkingen() {
      List<Afwijking> alle = new ArrayList<>();
      beschikkingen.forEach(b -> alle.addAll(b.afwijkingen()));
      alle.addAll(overige);
      return alle;
    }

    /** Clean: no exception other than unspent budget to reclaim. */
    public boolean isSchoon() {
      return afwijkingen().stream().allMatch(a -> a.soort() == AfwijkingSoort.TERUGVORDERING_JAAREINDE);
    }
  }

  /**
   * Reconciles every budget holder: beschikkingen and ZIN toewijzingen are grouped by holder; a
   * payment goes to the holder of its toekenning, or, when no beschikking has that number, to the
   * holder its BSN names. Ordered by BSN.
   */
  public static List<Uitkomst> perHouder(
      List<PgbBeschikking> beschikkingen,
      PgbTarieven tarieven,
      List<SvbBetaling> betalingen,
      List<ZinToewijzing> zin,
      int jaar) {
    Map<String, Bsn> houderVanToekenning = new HashMap<>();
    Map<String, Bsn> houders = new TreeMap<>();
    beschikkingen.forEach(b -> {
      houderVanToekenning.put(b.nummer(), b.houder());
      houders.put(b.houder().waarde(), b.houder());
    });
    Map<String, List<SvbBetaling>> betalingenPerHouder = new HashMap<>();
    for (SvbBetaling p : betalingen) {
      if (p.maand().jaarMaand().getYear() != jaar) {
        continue;
      }
      Bsn h = houderVanToekenning.getOrDefault(p.toekenningNummer(), p.bsn());
      houders.putIfAbsent(h.waarde(), h);
      betalingenPerHouder.computeIfAbsent(h.waarde(), k -> new ArrayList<>()).add(p);
    }
    List<Uitkomst> uit = new ArrayList<>();
    for (Bsn h : houders.values()) {
      uit.add(voerUit(h,
          beschikkingen.stream().filter(b -> b.houder().equals(h)).toList(),
          tarieven,
          betalingenPerHouder.getOrDefault(h.waarde(), List.of()),
          zin.stream().filter(z -> z.client().equals(h)).toList(),
          jaar));
    }
    return uit;
  }

  /**
   * Reconciles one budget holder: {@code beschikkingen} are the holder's PGB beschikkingen, {@code
   * betalingen} the SVB payments for this holder (those for months of other years are ignored),
   * {@code zin} the holder's ZIN toewijzingen.
   *
   * @throws IllegalStateException when no PGB tariff line applies to a payment's product and
   *     zorgsoort (a gap in config/regio/pgb-tarieven.csv)
   */
  public static Uitkomst voerUit(
      Bsn houder,
      List<PgbBeschikking> beschikkingen,
      PgbTarieven tarieven,
      List<SvbBetaling> betalingen,
      List<ZinToewijzing> zin,
      int jaar) {
    Objects.requireNonNull(houder, "Budgethouder is verplicht.");
    Objects.requireNonNull(tarieven, "Pgb-tarieven zijn verplicht.");
    List<SvbBetaling> inJaar = betalingen.stream().filter(p -> p.maand().jaarMaand().getYear() == jaar).toList();
    Map<String, PgbBeschikking> opNummer = new LinkedHashMap<>();
    beschikkingen.stream()
        .sorted(Comparator.comparing((PgbBeschikking b) -> b.periode().start()).thenComparing(PgbBeschikking::nummer))
        .forEach(b -> opNummer.put(b.nummer(), b));

    List<BeschikkingSaldo> saldi = new ArrayList<>();
    for (PgbBeschikking b : opNummer.values()) {
      List<SvbBetaling> eigen = inJaar.stream().filter(p -> p.toekenningNummer().equals(b.nummer())).toList();
      saldi.add(saldo(houder, b, eigen, tarieven, zin, jaar));
    }
    List<Afwijking> overige = new ArrayList<>();
    for (SvbBetaling p : inJaar) {
      if (!opNummer.containsKey(p.toekenningNummer())) {
        overige.add(new Afwijking(AfwijkingSoort.TOEKENNING_ONBEKEND, null, p.maand(), p.betalingId(),
            "Betaling " + p.betalingId() + " van " + p.bedrag() + " voor " + inWoorden(p.maand()) + " aan "
                + p.zorgverlenerNaam() + " noemt toekenning " + p.toekenningNummer()
                + ", maar die is geen PGB-beschikking van deze budgethouder.",
            p.bedrag(), Money.ZERO, p.bedrag()));
      }
    }
    return new Uitkomst(houder, jaar, saldi, overige);
  }

  private static BeschikkingSaldo saldo(
      Bsn houder, PgbBeschikking b, List<SvbBetaling> betalingen, PgbTarieven tarieven, List<ZinToewijzing> zin, int jaar) {
    List<Afwijking> af = new ArrayList<>();
    Money toegekend = b.budget().jaar(jaar);
    Money betaald = Money.sum(betalingen.stream().map(SvbBetaling::bedrag).toList());

    for (int i = 1; i <= 12; i++) {
      Maand m = Maand.of(jaar, i);
      List<SvbBetaling> inMaand = betalingen.stream().filter(p -> p.maand().equals(m)).toList();
      if (inMaand.isEmpty()) {
        continue;
      }
      Optional<Periode> binnen = m.alsPeriode().doorsnede(b.periode());
      if (binnen.isEmpty()) {
        for (SvbBetaling p : inMaand) {
          af.add(new Afwijking(AfwijkingSoort.BUITEN_PERIODE, b.nummer(), m, p.betalingId(),
              "Betaling " + p.betalingId() + " van " + p.bedrag() + " voor " + inWoorden(m) + " aan "
                  + p.zorgverlenerNaam() + " valt buiten de beschikking (" + b.periode() + ").",
              p.bedrag(), Money.ZERO, p.bedrag()));
        }
        continue;
      }
      Money betaaldInMaand = Money.sum(inMaand.stream().map(SvbBetaling::bedrag).toList());
      Money budget = b.budget().maand(m);
      if (betaaldInMaand.compareTo(budget) > 0) {
        Money teVeel = betaaldInMaand.minus(budget);
        af.add(new Afwijking(AfwijkingSoort.OVERSCHRIJDING_MAAND, b.nummer(), m, null,
            "Betaald " + betaaldInMaand + " in " + inWoorden(m) + ", budget " + budget + " (" + b.omvang() + "): "
                + teVeel + " meer dan het budget van die maand (" + inMaand.size() + " betaling(en)).",
            betaaldInMaand, budget, teVeel));
      }
    }

    for (SvbBetaling p : betalingen) {
      if (!p.zorgovereenkomstGoedgekeurd()) {
        af.add(new Afwijking(AfwijkingSoort.ZORGOVEREENKOMST_NIET_GOEDGEKEURD, b.nummer(), p.maand(), p.betalingId(),
            "Betaling " + p.betalingId() + " van " + p.bedrag() + " voor " + inWoorden(p.maand()) + " aan "
                + p.zorgverlenerNaam() + " onder zorgovereenkomst " + p.zorgovereenkomstId()
                + ", die de gemeente niet heeft goedgekeurd.",
            p.bedrag(), Money.ZERO, p.bedrag()));
      }
      tariefTeHoog(b, p, tarieven).ifPresent(af::add);
      if (!p.bsn().equals(houder)) {
        af.add(new Afwijking(AfwijkingSoort.TOEKENNING_ONBEKEND, b.nummer(), p.maand(), p.betalingId(),
            "Betaling " + p.betalingId() + " van " + p.bedrag() + " voor " + inWoorden(p.maand())
                + " is op toekenning " + b.nummer() + " geboekt, maar noemt een andere budgethouder.",
            p.bedrag(), Money.ZERO, p.bedrag()));
      }
    }

    if (betaald.compareTo(toegekend) > 0) {
      Money teVeel = betaald.minus(toegekend);
      af.add(new Afwijking(AfwijkingSoort.OVERSCHRIJDING_JAAR, b.nummer(), null, null,
          "Betaald " + betaald + " in " + jaar + ", jaarbudget " + toegekend + " (" + b.omvang() + ", " + b.periode()
              + "): " + teVeel + " meer dan toegekend.",
          betaald, toegekend, teVeel));
    }

    Periode jaarPeriode = new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    for (ZinToewijzing z : zin) {
      if (!z.productCode().equals(b.productCode())) {
        continue;
      }
      Optional<Periode> overlap = b.periode().doorsnede(z.periode()).flatMap(o -> o.doorsnede(jaarPeriode));
      if (overlap.isPresent()) {
        Periode o = overlap.get();
        Money inOverlap = Money.sum(betalingen.stream()
            .filter(p -> p.maand().alsPeriode().overlapt(o))
            .map(SvbBetaling::bedrag).toList());
        af.add(new Afwijking(AfwijkingSoort.PGB_EN_ZIN, b.nummer(), null, null,
            "Product " + b.productCode() + " is van " + o + " zowel als PGB (beschikking " + b.nummer()
                + ") als in natura (toewijzing " + z.nummer() + ") verstrekt; in die maanden is uit het PGB "
                + inOverlap + " betaald.",
            inOverlap, Money.ZERO, inOverlap));
      }
    }

    Money restant = toegekend.minus(betaald);
    Money terug = restant.isNegative() ? Money.ZERO : restant;
    if (terug.cent() > 0) {
      af.add(new Afwijking(AfwijkingSoort.TERUGVORDERING_JAAREINDE, b.nummer(), null, null,
          "Toegekend " + toegekend + " in " + jaar + ", betaald " + betaald + ": " + terug
              + " niet besteed, terug te vorderen bij de SVB.",
          betaald, toegekend, terug));
    }

    af.sort(Comparator.comparing((Afwijking a) -> a.maand() == null ? Maand.of(jaar + 1, 1) : a.maand())
        .thenComparing(Afwijking::soort));
    return new BeschikkingSaldo(b.nummer(), b.productCode(), b.periode(), b.omvang(), toegekend, betaald, restant, terug, af);
  }

  private static Optional<Afwijking> tariefTeHoog(PgbBeschikking b, SvbBetaling p, PgbTarieven tarieven) {
    Periode maand = p.maand().alsPeriode();
    LocalDate dag = maand.doorsnede(b.periode()).map(Periode::start).orElse(maand.start());
    PgbTariefRegel regel = tarieven.regel(b.productCode(), b.categorie(), p.zorgsoort(), dag)
        .orElseThrow(() -> new IllegalStateException("Geen pgb-tarief voor product " + b.productCode() + " ("
            + p.zorgsoort() + ") op " + dag + "; vul config/regio/pgb-tarieven.csv aan."));
    Optional<Money> max = regel.maxUurtarief();
    if (max.isEmpty() || p.uurtarief().compareTo(max.get()) <= 0) {
      return Optional.empty();
    }
    Money teVeel = p.uurtarief().minus(max.get()).times(p.uren());
    AfwijkingSoort soort = p.zorgsoort() == Zorgsoort.INFORMEEL
        ? AfwijkingSoort.INFORMEEL_TARIEF_TE_HOOG : AfwijkingSoort.FORMEEL_TARIEF_TE_HOOG;
    String wie = p.zorgsoort() == Zorgsoort.INFORMEEL ? "informele" : "professionele";
    return Optional.of(new Afwijking(soort, b.nummer(), p.maand(), p.betalingId(),
        "Betaling " + p.betalingId() + " voor " + inWoorden(p.maand()) + " aan " + p.zorgverlenerNaam() + ": " + wie
            + " zorg tegen " + p.uurtarief() + " per uur, het maximum is " + max.get() + " per uur ("
            + regel.omschrijving() + "); " + p.uren().stripTrailingZeros().toPlainString() + " uur x "
            + p.uurtarief().minus(max.get()) + " = " + teVeel + " te veel.",
        p.uurtarief(), max.get(), teVeel));
  }

  /** {@code maart 2026}. */
  static String inWoorden(Maand m) {
    return m.jaarMaand().getMonth().getDisplayName(TextStyle.FULL, NL) + " " + m.jaarMaand().getYear();
  }
}
