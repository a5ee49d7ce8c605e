package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.domain.beschikking.Beschikking;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.MaandBedrag;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.beschikking.ToewijzingVersie;
import nl.regio.wmo.domain.beschikking.Verwachting;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * Toewijzingen as providers and finance see them, their expected amount per month and the forecast
 * per municipality. Expected amounts use the tariff in force in each month (split by days when it
 * changes mid-month); see {@link Verwachting} for the counting (IV077) and the one rounding rule
 * (exact, then half up to the cent once per toewijzing per month). A forecast total is the sum of
 * its rounded lines. A toewijzing with a budget has no omvang (volume, eenheid and frequentie are
 * null, {@code budgetCent} is filled); its expected amounts are the budget spread over its days,
 * adding up to the budget exactly ({@link Verwachting#budgetVoorMaand}).
 */
@ApplicationScoped
@Transactional
public class ToewijzingBeheer {

  static final int MAX_MAANDEN = 36;

  @PersistenceContext EntityManager em;
  @Inject BeschikkingBeheer beschikkingen;
  @Inject Clock clock;

  public record ToewijzingGegevens(
      long toewijzingNummer,
      long beschikkingId,
      ClientGegevens client,
      String aanbiederAgbCode,
      String productCategorie,
      String productCode,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      Long volume,
      String eenheid,
      String frequentie,
      Long budgetCent,
      Integer klasse,
      String redenWijziging,
      boolean verwijderd,
      OffsetDateTime toegewezenOp,
      List<VersieGegevens> historie) {}

  public record VersieGegevens(
      LocalDate ingangsdatum, LocalDate einddatum, Long volume, Long budgetCent, String redenWijziging, OffsetDateTime toegewezenOp,
      String door) {}

  /** A toewijzing in a beschikking's history, with its versions, and its state today. */
  public record HistorieRegel(ToewijzingGegevens toewijzing, Status status) {}

  /** Where a toewijzing stands today. */
  public enum Status { TOEKOMSTIG, LOPEND, BEEINDIGD, VERWIJDERD }

  public record Verwacht(long toewijzingNummer, String grondslag, List<MaandRegel> maanden, long totaalCent) {}

  public record MaandRegel(String maand, long bedragCent) {}

  public record Prognose(String gemeente, String van, String tot, List<PrognoseMaand> maanden, Map<String, Long> perCategorieCent,
      long totaalCent, int aantalToewijzingen, List<String> waarschuwingen) {}

  public record PrognoseMaand(String maand, long bedragCent, int aantalToewijzingen) {}

  public Pagina<ToewijzingGegevens> zoek(
      String aanbiederAgbCode, Long clientId, String productCode, LocalDate datum, Optional<AgbCode> alleen, boolean volledigeBsn,
      int pagina, int grootte) {
    return new Zoekvraag("Toewijzing x")
        .filter("x.aanbieder.agbCode = :agb", "agb", aanbiederAgbCode)
        .filter("x.aanbieder.agbCode = :eigen", "eigen", alleen.map(AgbCode::waarde).orElse(null))
        .filter("x.client.id = :client", "client", clientId)
        .filter("x.product.code = :product", "product", productCode == null ? null : productCode.toUpperCase())
        .filter("x.ingangsdatum <= :datum and (x.einddatum is null or x.einddatum >= :datum)", "datum", datum)
        .pagina(em, Toewijzing.class, "x.nummer", pagina, grootte, t -> gegevens(t, volledigeBsn, false));
  }

  public ToewijzingGegevens haal(long nummer, Optional<AgbCode> alleen, boolean volledigeBsn) {
    return gegevens(vind(nummer, alleen), volledigeBsn, true);
  }

  /**
   * Every toewijzing a beschikking produced, oldest first: its own and those of the beschikkingen it replaced or that
   * replaced it (a wijziging of omvang ends one beschikking the day before and starts the next, with a new toewijzing),
   * each with its versions as they were sent (period, volume or budget, reden wijziging, when, by whom) and its state
   * today.
   */
  public List<HistorieRegel> historie(long beschikkingId, boolean volledigeBsn) {
    Beschikking eerste = beschikkingen.vind(beschikkingId);
    while (eerste.vorige() != null) {
      eerste = eerste.vorige();
    }
    List<Beschikking> keten = new ArrayList<>(List.of(eerste));
    for (int i = 0; i < keten.size(); i++) {
      keten.addAll(em.createQuery("select b from Beschikking b where b.vorige = :b order by b.id", Beschikking.class)
          .setParameter("b", keten.get(i))
          .getResultList());
    }
    LocalDate vandaag = LocalDate.now(clock);
    return keten.stream()
        .flatMap(b -> b.toewijzing().stream())
        .map(t -> new HistorieRegel(gegevens(t, volledigeBsn, true), status(t, vandaag)))
        .toList();
  }

  private static Status status(Toewijzing t, LocalDate vandaag) {
    if (t.isVerwijderd()) {
      return Status.VERWIJDERD;
    }
    if (t.periode().start().isAfter(vandaag)) {
      return Status.TOEKOMSTIG;
    }
    return t.periode().bevat(vandaag) ? Status.LOPEND : Status.BEEINDIGD;
  }

  /** Expected amount per month from {@code van} to {@code tot} (inclusive), and the total. */
  public Verwacht verwacht(long nummer, Maand van, Maand tot, Optional<AgbCode> alleen) {
    controleerMaanden(van, tot);
    Toewijzing t = vind(nummer, alleen);
    List<MaandBedrag> maanden = berekening(t, van, tot);
    return new Verwacht(nummer, grondslag(t).name(),
        maanden.stream().map(m -> new MaandRegel(m.maand().toString(), m.bedrag().cent())).toList(),
        Money.sum(maanden.stream().map(MaandBedrag::bedrag).toList()).cent());
  }

  /** Expected costs per month for the residents of one municipality, from all current toewijzingen. */
  public Prognose prognose(String gemeente, Maand van, Maand tot) {
    controleerMaanden(van, tot);
    List<Toewijzing> toewijzingen = lopend(gemeente, van, tot);
    Map<Maand, Money> perMaand = new TreeMap<>();
    Map<Maand, Integer> aantal = new TreeMap<>();
    Map<String, Money> perCategorie = new TreeMap<>();
    List<String> waarschuwingen = new ArrayList<>();
    for (Maand m = van; m.compareTo(tot) <= 0; m = m.volgende()) {
      perMaand.put(m, Money.ZERO);
      aantal.put(m, 0);
    }
    int meegeteld = 0;
    for (Toewijzing t : toewijzingen) {
      if (t.isVerwijderd()) {
        continue;
      }
      List<MaandBedrag> regels;
      try {
        regels = berekening(t, van, tot);
      } catch (IllegalStateException geenTarief) {
        waarschuwingen.add("toewijzing " + t.nummer() + " (" + t.product().code() + "): " + geenTarief.getMessage());
        continue;
      }
      meegeteld++;
      for (MaandBedrag r : regels) {
        if (r.bedrag().cent() != 0 || t.periode().overlapt(r.maand().alsPeriode())) {
          perMaand.merge(r.maand(), r.bedrag(), Money::plus);
          aantal.merge(r.maand(), t.periode().overlapt(r.maand().alsPeriode()) ? 1 : 0, Integer::sum);
          perCategorie.merge(t.product().categorie().code() + " " + t.product().categorie().omschrijving(), r.bedrag(), Money::plus);
        }
      }
    }
    Money totaal = Money.sum(perMaand.values());
    Map<String, Long> categorie = new LinkedHashMap<>();
    perCategorie.forEach((k, v) -> categorie.put(k, v.cent()));
    return new Prognose(gemeente, van.toString(), tot.toString(),
        perMaand.entrySet().stream().map(e -> new PrognoseMaand(e.getKey().toString(), e.getValue().cent(), aantal.get(e.getKey()))).toList(),
        categorie, totaal.cent(), meegeteld, waarschuwingen);
  }

  /** The expected amount of one month for the residents of one municipality in one product category. */
  public record VerwachtePost(String maand, String gemeente, String categorie, long bedragCent) {}

  /** Expected amounts per month × municipality × product category, as {@link #prognose} counts them. */
  public record Verwachtingen(List<VerwachtePost> posten, List<String> waarschuwingen) {}

  /**
   * The expected amounts of every current toewijzing per month, municipality (the client's) and product category;
   * {@code gemeente} null = the whole region. The same computation as {@link #prognose}, split finer.
   */
  public Verwachtingen verwachtingen(String gemeente, Maand van, Maand tot) {
    controleerMaanden(van, tot);
    Map<List<String>, Money> som = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    List<String> waarschuwingen = new ArrayList<>();
    for (Toewijzing t : lopend(gemeente, van, tot)) {
      if (t.isVerwijderd()) {
        continue;
      }
      try {
        for (MaandBedrag r : berekening(t, van, tot)) {
          if (r.bedrag().cent() != 0) {
            som.merge(List.of(r.maand().toString(), t.client().gemeente().cbsCode(), t.product().categorie().code()), r.bedrag(),
                Money::plus);
          }
        }
      } catch (IllegalStateException geenTarief) {
        waarschuwingen.add("toewijzing " + t.nummer() + " (" + t.product().code() + "): " + geenTarief.getMessage());
      }
    }
    return new Verwachtingen(som.entrySet().stream()
        .map(e -> new VerwachtePost(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue().cent())).toList(),
        waarschuwingen);
  }

  /** The toewijzingen running some time between {@code van} and {@code tot}; {@code gemeente} null = all. */
  private List<Toewijzing> lopend(String gemeente, Maand van, Maand tot) {
    Periode venster = new Periode(van.eersteDag(), tot.volgende().eersteDag());
    var q = em.createQuery("select t from Toewijzing t where " + (gemeente == null ? "" : "t.client.gemeente.cbsCode = :g and ")
            + "t.ingangsdatum < :eind and (t.einddatum is null or t.einddatum >= :start) order by t.nummer", Toewijzing.class)
        .setParameter("start", venster.start())
        .setParameter("eind", venster.eindeExclusief());
    if (gemeente != null) {
      q.setParameter("g", gemeente);
    }
    return q.getResultList();
  }

  private List<MaandBedrag> berekening(Toewijzing t, Maand van, Maand tot) {
    if (t.isVerwijderd()) {
      List<MaandBedrag> nul = new ArrayList<>();
      for (Maand m = van; m.compareTo(tot) <= 0; m = m.volgende()) {
        nul.add(new MaandBedrag(m, Money.ZERO));
      }
      return nul;
    }
    Grondslag g = grondslag(t);
    if (g == Grondslag.BUDGET) {
      return Verwachting.budgetPerMaand(Money.ofCents(t.budgetCent()), t.periode(), van, tot);
    }
    BigDecimal volume = g == Grondslag.PER_WEEK ? BigDecimal.valueOf(t.volume()) : null;
    return Verwachting.perMaand(g, volume, t.periode(), beschikkingen.tariefTijdlijn(t), van, tot);
  }

  private static Grondslag grondslag(Toewijzing t) {
    if (t.heeftBudget()) {
      return Grondslag.BUDGET;
    }
    return t.product().tariefPerKlasse() ? Grondslag.PER_MAAND : Grondslag.PER_WEEK;
  }

  private static void controleerMaanden(Maand van, Maand tot) {
    Validatie v = new Validatie();
    v.verplicht("van", van);
    v.verplicht("tot", tot);
    if (van != null && tot != null && tot.compareTo(van) < 0) {
      v.fout("tot", "ligt voor van");
    } else if (van != null && tot != null && van.jaarMaand().plusMonths(MAX_MAANDEN).compareTo(tot.jaarMaand()) <= 0) {
      v.fout("tot", "ten hoogste " + MAX_MAANDEN + " maanden per vraag");
    }
    v.controleer();
  }

  Toewijzing vind(long nummer, Optional<AgbCode> alleen) {
    Toewijzing t = em.find(Toewijzing.class, nummer);
    if (t == null || (alleen.isPresent() && !alleen.get().equals(t.aanbieder().agbCode()))) {
      throw new NietGevondenException("Er is geen toewijzing met nummer " + nummer + ".");
    }
    return t;
  }

  List<Toewijzing> actueleVan(long clientId, AgbCode aanbieder, LocalDate peildatum) {
    return em.createQuery("select t from Toewijzing t where t.client.id = :c and t.aanbieder.agbCode = :a"
            + " and (t.einddatum is null or t.einddatum >= :d) order by t.nummer", Toewijzing.class)
        .setParameter("c", clientId)
        .setParameter("a", aanbieder.waarde())
        .setParameter("d", peildatum)
        .getResultStream()
        .filter(t -> !t.isVerwijderd())
        .toList();
  }

  private ToewijzingGegevens gegevens(Toewijzing t, boolean volledigeBsn, boolean metHistorie) {
    List<VersieGegevens> historie = !metHistorie ? List.of()
        : em.createQuery("select v from ToewijzingVersie v where v.nummer = :n order by v.toegewezenOp, v.id", ToewijzingVersie.class)
            .setParameter("n", t.nummer())
            .getResultStream()
            .map(v -> new VersieGegevens(v.ingangsdatum(), v.einddatum(), v.volume(), v.budgetCent(), v.redenWijziging(), v.toegewezenOp(),
                v.door()))
            .toList();
    return new ToewijzingGegevens(t.nummer(), t.beschikking().id(), ClientGegevens.van(t.client(), volledigeBsn),
        t.aanbieder().agbCode().waarde(), t.product().categorie().code(), t.product().code(), t.periode().start(),
        t.periode().einddatumInclusief(), t.volume(), t.eenheid() == null ? null : t.eenheid().code(), t.frequentie(), t.budgetCent(),
        t.beschikking().klasse(),
        t.redenWijziging(), t.isVerwijderd(), t.toegewezenOp(), historie);
  }
}
