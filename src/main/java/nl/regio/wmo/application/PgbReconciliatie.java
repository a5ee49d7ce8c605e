package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.regio.wmo.domain.beschikking.Beschikking;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.Leveringsvorm;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.pgb.Afwijking;
import nl.regio.wmo.domain.pgb.AfwijkingSoort;
import nl.regio.wmo.domain.pgb.PgbBeschikking;
import nl.regio.wmo.domain.pgb.PgbBudget;
import nl.regio.wmo.domain.pgb.PgbTarieven;
import nl.regio.wmo.domain.pgb.Reconciliatie;
import nl.regio.wmo.domain.pgb.SvbBetaling;
import nl.regio.wmo.domain.pgb.ZinToewijzing;
import nl.regio.wmo.domain.pgb.Zorgsoort;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import nl.regio.wmo.infrastructure.config.PgbTariefConfiguratie;

/**
 * The PGB reconciliation of one calendar year, for one municipality or the whole region (rules
 * S-PGB-SVB, S-PGB-TARIEF, OP043, S-PGB-TOEKENNING; the arithmetic is {@link Reconciliatie}).
 *
 * <p>Input: the PGB beschikkingen overlapping the year (plus those an SVB payment of the year is
 * charged to), each budgeted with {@link PgbBudget} at zorgsoort FORMEEL from the regional default
 * ZIN tariff of its product and klasse (an offerte: its monthly amount); the ZIN toewijzingen of the
 * same clients (OP043); the stored SVB payments for months of the year. The toekenning number of a
 * beschikking is its {@code externNummer}, or {@code B-<id>} for one recorded through the API.
 *
 * <p>A beschikking whose budget cannot be computed (no ZIN or PGB tariff on a day) is left out with
 * a warning naming it, together with the payments charged to it — never a 500. A payment on an
 * unknown toekenning belongs to the municipality of the client its BSN names; without such a client
 * it shows only in the region-wide reconciliation. BSNs are masked unless the caller may see them;
 * no warning or evidence text contains one.
 */
@ApplicationScoped
@Transactional
public class PgbReconciliatie {

  /** The budget is computed for professional care, the highest a holder may spend (design decision 2). */
  static final Zorgsoort ZORGSOORT_BUDGET = Zorgsoort.FORMEEL;
  static final String ONBEKEND = "onbekend";

  @PersistenceContext EntityManager em;
  @Inject TariefBeheer tarieven;
  @Inject PgbTariefConfiguratie pgbTarieven;
  @Inject SvbImport svb;
  @Inject RegioGegevens regio;

  // ---------- what the API shows ----------

  /** The reconciliation: totals per municipality and for all, per holder → per beschikking, warnings. */
  public record Overzicht(
      int jaar,
      String gemeente,
      long toegekendCent,
      long betaaldCent,
      long terugTeVorderenCent,
      int aantalAfwijkingen,
      List<GemeenteTotaal> gemeenten,
      List<Houder> houders,
      List<String> waarschuwingen) {}

  /** Totals of one municipality ({@code cbsCode} "onbekend": payments of a BSN that is no client of ours). */
  public record GemeenteTotaal(
      String cbsCode, String naam, int aantalHouders, long toegekendCent, long betaaldCent, long terugTeVorderenCent,
      int aantalAfwijkingen) {}

  /** One budget holder; {@code bsn} masked unless the caller sees full BSNs. */
  public record Houder(
      String bsn,
      String naam,
      String gemeente,
      long toegekendCent,
      long betaaldCent,
      long terugTeVorderenCent,
      boolean schoon,
      List<BeschikkingSaldo> beschikkingen,
      List<AfwijkingRegel> overigeAfwijkingen) {}

  public record BeschikkingSaldo(
      String nummer,
      String productCode,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      String omvang,
      long toegekendCent,
      long betaaldCent,
      long restantCent,
      long terugTeVorderenCent,
      List<AfwijkingRegel> afwijkingen) {}

  /** An exception with its evidence: {@code regel} the rule id, {@code maand} yyyy-mm or null for the year. */
  public record AfwijkingRegel(
      String soort,
      String regel,
      String beschikkingNummer,
      String maand,
      String betalingId,
      String toelichting,
      long werkelijkCent,
      long normCent,
      long verschilCent) {
    static AfwijkingRegel van(Afwijking a) {
      return new AfwijkingRegel(a.soort().name(), a.regel(), a.beschikkingNummer(), a.maand() == null ? null : a.maand().toString(),
          a.betalingId(), a.toelichting(), a.werkelijk().cent(), a.norm().cent(), a.verschil().cent());
    }
  }

  /** The PGB budgets of a year per holder and beschikking, per month. */
  public record BudgetOverzicht(int jaar, String gemeente, long totaalCent, List<HouderBudget> houders, List<String> waarschuwingen) {}

  public record HouderBudget(String bsn, String naam, String gemeente, long jaarCent, List<BeschikkingBudget> beschikkingen) {}

  public record BeschikkingBudget(
      String nummer, String productCode, LocalDate ingangsdatum, LocalDate einddatum, String omvang, long jaarCent,
      List<MaandBudget> maanden) {}

  public record MaandBudget(String maand, long bedragCent) {}

  // ---------- what the PGB report (JasperReports) needs: flat rows, strings, cents, dates ----------

  /**
   * Data of the PGB report: per municipality totals, every exception (without the year-end
   * reclaims, which are in the totals), and per beschikking detail of the holders with an exception.
   */
  public record RapportGegevens(
      int jaar,
      String gemeente,
      String gemeenteNaam,
      long toegekendCent,
      long betaaldCent,
      long terugTeVorderenCent,
      List<GemeenteTotaal> gemeenten,
      List<RapportAfwijking> afwijkingen,
      List<RapportHouderRegel> houdersMetAfwijking,
      List<String> waarschuwingen) {}

  public record RapportAfwijking(
      String gemeente,
      String bsn,
      String naam,
      String beschikkingNummer,
      String soort,
      String regel,
      String maand,
      String betalingId,
      String toelichting,
      long werkelijkCent,
      long normCent,
      long verschilCent) {}

  public record RapportHouderRegel(
      String gemeente,
      String bsn,
      String naam,
      String beschikkingNummer,
      String productCode,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      String omvang,
      long toegekendCent,
      long betaaldCent,
      long restantCent,
      long terugTeVorderenCent,
      int aantalAfwijkingen) {}

  // ---------- use cases ----------

  /** The reconciliation of {@code jaar}; {@code gemeente} null = the whole region. */
  public Overzicht reconcilieer(String gemeente, int jaar, boolean volledigeBsn) {
    Berekening r = bereken(gemeente, jaar);
    List<Houder> houders = new ArrayList<>();
    for (Reconciliatie.Uitkomst u : r.uitkomsten) {
      HouderInfo h = r.houder(u.houder());
      houders.add(new Houder(toon(u.houder(), volledigeBsn), h.naam, h.gemeente, u.toegekend().cent(), u.betaald().cent(),
          u.terugTeVorderen().cent(), u.isSchoon(),
          u.beschikkingen().stream().map(s -> saldo(s, r)).toList(),
          u.overige().stream().map(AfwijkingRegel::van).toList()));
    }
    List<GemeenteTotaal> totalen = totalen(r);
    return new Overzicht(jaar, gemeente,
        totalen.stream().mapToLong(GemeenteTotaal::toegekendCent).sum(),
        totalen.stream().mapToLong(GemeenteTotaal::betaaldCent).sum(),
        totalen.stream().mapToLong(GemeenteTotaal::terugTeVorderenCent).sum(),
        totalen.stream().mapToInt(GemeenteTotaal::aantalAfwijkingen).sum(),
        totalen, houders, r.waarschuwingen);
  }

  /** The data of the PGB report of {@code jaar}; {@code gemeente} null = the whole region. */
  public RapportGegevens rapport(String gemeente, int jaar, boolean volledigeBsn) {
    Berekening r = bereken(gemeente, jaar);
    List<RapportAfwijking> afwijkingen = new ArrayList<>();
    List<RapportHouderRegel> detail = new ArrayList<>();
    for (Reconciliatie.Uitkomst u : r.uitkomsten) {
      if (u.isSchoon()) {
        continue;
      }
      HouderInfo h = r.houder(u.houder());
      String bsn = toon(u.houder(), volledigeBsn);
      for (Afwijking a : u.afwijkingen()) {
        if (a.soort() != AfwijkingSoort.TERUGVORDERING_JAAREINDE) {
          AfwijkingRegel x = AfwijkingRegel.van(a);
          afwijkingen.add(new RapportAfwijking(h.gemeente, bsn, h.naam, x.beschikkingNummer(), x.soort(), x.regel(), x.maand(),
              x.betalingId(), x.toelichting(), x.werkelijkCent(), x.normCent(), x.verschilCent()));
        }
      }
      for (Reconciliatie.BeschikkingSaldo s : u.beschikkingen()) {
        detail.add(new RapportHouderRegel(h.gemeente, bsn, h.naam, s.nummer(), s.productCode(), s.periode().start(),
            s.periode().einddatumInclusief(), s.omvang(), s.toegekend().cent(), s.betaald().cent(), s.restant().cent(),
            s.terugTeVorderen().cent(),
            (int) s.afwijkingen().stream().filter(a -> a.soort() != AfwijkingSoort.TERUGVORDERING_JAAREINDE).count()));
      }
    }
    List<GemeenteTotaal> totalen = totalen(r);
    String naam = gemeente == null ? "Regio" : regio.gemeente(gemeente).map(g -> g.naam()).orElse(gemeente);
    return new RapportGegevens(jaar, gemeente, naam,
        totalen.stream().mapToLong(GemeenteTotaal::toegekendCent).sum(),
        totalen.stream().mapToLong(GemeenteTotaal::betaaldCent).sum(),
        totalen.stream().mapToLong(GemeenteTotaal::terugTeVorderenCent).sum(),
        totalen, afwijkingen, detail, r.waarschuwingen);
  }

  /** The budgets of {@code jaar} per holder and beschikking, per month; {@code gemeente} null = the whole region. */
  public BudgetOverzicht budgetten(String gemeente, int jaar, boolean volledigeBsn) {
    List<String> waarschuwingen = new ArrayList<>();
    PgbTarieven pgb = pgbTarieven.tarieven();
    Map<String, List<BeschikkingBudget>> perHouder = new TreeMap<>();
    Map<String, Client> clienten = new HashMap<>();
    for (Beschikking b : pgbBeschikkingen(gemeente, jaar)) {
      String nummer = nummer(b);
      Optional<PgbBudget> budget = budget(b, nummer, pgb, jaar, waarschuwingen);
      if (budget.isEmpty()) {
        continue;
      }
      clienten.put(b.client().bsn().waarde(), b.client());
      perHouder.computeIfAbsent(b.client().bsn().waarde(), k -> new ArrayList<>()).add(new BeschikkingBudget(nummer,
          b.product().code(), b.periode().start(), b.periode().einddatumInclusief(), omvang(b), budget.get().jaar(jaar).cent(),
          budget.get().maanden().stream().map(m -> new MaandBudget(m.maand().toString(), m.bedrag().cent())).toList()));
    }
    List<HouderBudget> houders = new ArrayList<>();
    perHouder.forEach((bsn, lijst) -> {
      Client c = clienten.get(bsn);
      houders.add(new HouderBudget(toon(c.bsn(), volledigeBsn), c.weergavenaam(), c.gemeente().cbsCode(),
          lijst.stream().mapToLong(BeschikkingBudget::jaarCent).sum(), lijst));
    });
    return new BudgetOverzicht(jaar, gemeente, houders.stream().mapToLong(HouderBudget::jaarCent).sum(), houders, waarschuwingen);
  }

  // ---------- the computation ----------

  private record HouderInfo(String naam, String gemeente) {}

  private static final class Berekening {
    final Map<String, Beschikking> beschikkingen = new LinkedHashMap<>();
    final Map<String, HouderInfo> houders = new HashMap<>();
    final List<String> waarschuwingen = new ArrayList<>();
    List<Reconciliatie.Uitkomst> uitkomsten = List.of();

    HouderInfo houder(Bsn bsn) {
      return houders.getOrDefault(bsn.waarde(), new HouderInfo(null, ONBEKEND));
    }
  }

  private Berekening bereken(String gemeente, int jaar) {
    Berekening r = new Berekening();
    PgbTarieven pgb = pgbTarieven.tarieven();
    List<SvbBetaling> betalingenJaar = svb.betalingenVanJaar(jaar);

    for (Beschikking b : pgbBeschikkingen(gemeente, jaar)) {
      r.beschikkingen.put(nummer(b), b);
    }
    // payments charged to a PGB beschikking outside the year (paid after its end): that beschikking takes part too
    Set<String> elders = new HashSet<>();
    for (String toekenning : betalingenJaar.stream().map(SvbBetaling::toekenningNummer).distinct().toList()) {
      if (r.beschikkingen.containsKey(toekenning)) {
        continue;
      }
      Optional<Beschikking> b = pgbOpNummer(toekenning);
      if (b.isPresent() && (gemeente == null || gemeente.equals(b.get().client().gemeente().cbsCode()))) {
        r.beschikkingen.put(toekenning, b.get());
      } else if (b.isPresent()) {
        elders.add(toekenning);
      }
    }

    List<PgbBeschikking> pgbBeschikkingen = new ArrayList<>();
    Set<String> zonderBudget = new HashSet<>();
    for (Map.Entry<String, Beschikking> e : r.beschikkingen.entrySet()) {
      Beschikking b = e.getValue();
      Optional<PgbBudget> budget = budget(b, e.getKey(), pgb, jaar, r.waarschuwingen);
      if (budget.isEmpty()) {
        zonderBudget.add(e.getKey());
        continue;
      }
      pgbBeschikkingen.add(new PgbBeschikking(e.getKey(), b.client().bsn(), b.product().code(), b.product().categorie().code(),
          b.periode(), omvang(b), budget.get()));
      r.houders.put(b.client().bsn().waarde(), new HouderInfo(b.client().weergavenaam(), b.client().gemeente().cbsCode()));
    }

    List<SvbBetaling> betalingen = new ArrayList<>();
    Map<String, Integer> nietAfgestemd = new TreeMap<>();
    for (SvbBetaling p : betalingenJaar) {
      String t = p.toekenningNummer();
      if (zonderBudget.contains(t)) {
        nietAfgestemd.merge(t, 1, Integer::sum);
      } else if (r.beschikkingen.containsKey(t)) {
        Beschikking b = r.beschikkingen.get(t);
        if (geenPgbTarief(b, p, pgb)) {
          zonderBudget.add(t);
          nietAfgestemd.merge(t, 1, Integer::sum);
          r.waarschuwingen.add("beschikking " + t + " (" + b.product().code() + "): geen pgb-tarief voor " + p.zorgsoort() + " in "
              + p.maand() + "; vul config/regio/pgb-tarieven.csv aan. Deze beschikking is niet afgestemd.");
        } else {
          betalingen.add(p);
        }
      } else if (!elders.contains(t)) {
        Optional<Client> c = clientMetBsn(p.bsn());
        if (gemeente == null || c.map(x -> gemeente.equals(x.gemeente().cbsCode())).orElse(false)) {
          betalingen.add(p);
          r.houders.putIfAbsent(p.bsn().waarde(), c.map(x -> new HouderInfo(x.weergavenaam(), x.gemeente().cbsCode()))
              .orElse(new HouderInfo(null, ONBEKEND)));
        }
      }
    }
    nietAfgestemd.forEach((t, n) -> r.waarschuwingen.add("beschikking " + t + ": " + n + " betaling(en) in " + jaar
        + " niet afgestemd omdat het budget niet te berekenen is."));
    List<PgbBeschikking> metBudget = pgbBeschikkingen.stream().filter(b -> !zonderBudget.contains(b.nummer())).toList();
    betalingen.removeIf(p -> zonderBudget.contains(p.toekenningNummer()));

    List<ZinToewijzing> zin = zinToewijzingen(metBudget.stream().map(b -> b.houder().waarde()).collect(java.util.stream.Collectors.toSet()), jaar);
    try {
      r.uitkomsten = Reconciliatie.perHouder(metBudget, pgb, betalingen, zin, jaar);
    } catch (IllegalStateException geenTarief) {
      // last resort: per holder, so one gap in the configuration does not hide the others
      List<Reconciliatie.Uitkomst> uit = new ArrayList<>();
      Map<String, List<PgbBeschikking>> perHouder = new TreeMap<>();
      metBudget.forEach(b -> perHouder.computeIfAbsent(b.houder().waarde(), k -> new ArrayList<>()).add(b));
      perHouder.forEach((bsn, lijst) -> {
        Set<String> nummers = lijst.stream().map(PgbBeschikking::nummer).collect(java.util.stream.Collectors.toSet());
        try {
          uit.addAll(Reconciliatie.perHouder(lijst, pgb,
              betalingen.stream().filter(p -> nummers.contains(p.toekenningNummer())).toList(),
              zin.stream().filter(z -> z.client().waarde().equals(bsn)).toList(), jaar));
        } catch (IllegalStateException e) {
          r.waarschuwingen.add("beschikking(en) " + String.join(", ", nummers) + ": " + e.getMessage());
        }
      });
      r.uitkomsten = uit;
    }
    return r;
  }

  private static boolean geenPgbTarief(Beschikking b, SvbBetaling p, PgbTarieven pgb) {
    Periode maand = p.maand().alsPeriode();
    LocalDate dag = maand.doorsnede(b.periode()).map(Periode::start).orElse(maand.start());
    return pgb.regel(b.product().code(), b.product().categorie().code(), p.zorgsoort(), dag).isEmpty();
  }

  /** The budget, or empty with a warning naming the beschikking and the day without a tariff. */
  private Optional<PgbBudget> budget(Beschikking b, String nummer, PgbTarieven pgb, int jaar, List<String> waarschuwingen) {
    Product p = b.product();
    boolean perMaand = p.tariefPerKlasse() || b.isOfferte();
    Periode jaarPeriode = new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    try {
      if (!perMaand && (b.volumePerWeek() == null || b.volumePerWeek() <= 0)) {
        throw new IllegalStateException("geen volume per week");
      }
      List<TariefPeriode> zin = b.isOfferte()
          ? List.of(new TariefPeriode(b.periode(), Money.ofCents(b.offerteMaandbedragCent())))
          : b.periode().doorsnede(jaarPeriode)
              .map(inJaar -> tarieven.regionaleTijdlijn(p, p.tariefPerKlasse() ? b.klasse() : null, inJaar))
              .orElse(List.of());
      return Optional.of(PgbBudget.voorJaar(nummer, perMaand ? Grondslag.PER_MAAND : Grondslag.PER_WEEK,
          perMaand ? null : BigDecimal.valueOf(b.volumePerWeek()), b.periode(), p.code(), p.categorie().code(),
          ZORGSOORT_BUDGET, zin, pgb, jaar));
    } catch (IllegalStateException | IllegalArgumentException geenTarief) {
      waarschuwingen.add("beschikking " + nummer + " (" + p.code() + "): geen budget voor " + jaar + ": " + geenTarief.getMessage());
      return Optional.empty();
    }
  }

  private List<Beschikking> pgbBeschikkingen(String gemeente, int jaar) {
    jakarta.persistence.TypedQuery<Beschikking> q = em.createQuery("select b from Beschikking b where b.leveringsvorm = :pgb"
                + " and b.ingangsdatum < :eind and (b.einddatum is null or b.einddatum >= :start)"
                + (gemeente == null ? "" : " and b.client.gemeente.cbsCode = :g") + " order by b.id", Beschikking.class)
        .setParameter("pgb", Leveringsvorm.PGB)
        .setParameter("start", LocalDate.of(jaar, 1, 1))
        .setParameter("eind", LocalDate.of(jaar + 1, 1, 1));
    if (gemeente != null) {
      q.setParameter("g", gemeente);
    }
    return q.getResultList();
  }

  private Optional<Beschikking> pgbOpNummer(String toekenning) {
    Optional<Beschikking> b = em.createQuery("select b from Beschikking b where b.externNummer = :n", Beschikking.class)
        .setParameter("n", toekenning).getResultStream().findFirst();
    if (b.isEmpty() && toekenning.matches("B-\\d{1,18}")) {
      b = Optional.ofNullable(em.find(Beschikking.class, Long.valueOf(toekenning.substring(2))))
          .filter(x -> x.externNummer() == null);
    }
    return b.filter(x -> x.leveringsvorm() == Leveringsvorm.PGB);
  }

  private Optional<Client> clientMetBsn(Bsn bsn) {
    return em.createQuery("select c from Client c where c.bsn = :b", Client.class)
        .setParameter("b", bsn.waarde()).getResultStream().findFirst();
  }

  /** The ZIN toewijzingen (not removed) touching the year of the given clients (OP043). */
  private List<ZinToewijzing> zinToewijzingen(Set<String> bsns, int jaar) {
    if (bsns.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select t from Toewijzing t where t.ingangsdatum < :eind and (t.einddatum is null or t.einddatum >= :start)"
                + " and t.client in (select b.client from Beschikking b where b.leveringsvorm = :pgb)", Toewijzing.class)
        .setParameter("start", LocalDate.of(jaar, 1, 1))
        .setParameter("eind", LocalDate.of(jaar + 1, 1, 1))
        .setParameter("pgb", Leveringsvorm.PGB)
        .getResultStream()
        .filter(t -> !t.isVerwijderd() && bsns.contains(t.client().bsn().waarde()))
        .map(t -> new ZinToewijzing(t.nummer(), t.client().bsn(), t.product().code(), t.periode()))
        .toList();
  }

  private List<GemeenteTotaal> totalen(Berekening r) {
    Map<String, List<Reconciliatie.Uitkomst>> perGemeente = new TreeMap<>();
    r.uitkomsten.forEach(u -> perGemeente.computeIfAbsent(r.houder(u.houder()).gemeente, k -> new ArrayList<>()).add(u));
    List<GemeenteTotaal> uit = new ArrayList<>();
    perGemeente.forEach((code, lijst) -> uit.add(new GemeenteTotaal(code,
        ONBEKEND.equals(code) ? "geen cliënt van de regio" : regio.gemeente(code).map(g -> g.naam()).orElse(code),
        lijst.size(),
        lijst.stream().mapToLong(u -> u.toegekend().cent()).sum(),
        lijst.stream().mapToLong(u -> u.betaald().cent()).sum(),
        lijst.stream().mapToLong(u -> u.terugTeVorderen().cent()).sum(),
        lijst.stream().mapToInt(u -> (int) u.afwijkingen().stream().filter(a -> a.soort() != AfwijkingSoort.TERUGVORDERING_JAAREINDE).count()).sum())));
    uit.sort(Comparator.comparing(g -> ONBEKEND.equals(g.cbsCode()) ? "~" : g.cbsCode()));
    return uit;
  }

  private static BeschikkingSaldo saldo(Reconciliatie.BeschikkingSaldo s, Berekening r) {
    return new BeschikkingSaldo(s.nummer(), s.productCode(), s.periode().start(), s.periode().einddatumInclusief(), s.omvang(),
        s.toegekend().cent(), s.betaald().cent(), s.restant().cent(), s.terugTeVorderen().cent(),
        s.afwijkingen().stream().map(AfwijkingRegel::van).toList());
  }

  /** The toekenning number the SVB charges payments to: the municipal number, or B-&lt;id&gt; for one made in this system. */
  public static String nummer(Beschikking b) {
    return b.externNummer() != null ? b.externNummer() : "B-" + b.id();
  }

  static String omvang(Beschikking b) {
    if (b.isOfferte()) {
      return "offerte " + Money.ofCents(b.offerteMaandbedragCent()) + " per maand";
    }
    if (b.product().tariefPerKlasse()) {
      return "klasse " + b.klasse();
    }
    return b.volumePerWeek() + " " + b.product().eenheid().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " per week";
  }

  private static String toon(Bsn bsn, boolean volledig) {
    return volledig ? bsn.waarde() : bsn.gemaskeerd();
  }
}
