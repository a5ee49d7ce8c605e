package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import java.util.Optional;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.Contract;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.contract.Tarief;
import nl.regio.wmo.domain.contract.TariefVersies;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * Tariff versions per contract line (contract × product, and klasse for products priced per
 * klasse) or, without a contract, the regional default. A new version that starts after an
 * open-ended one ends that one the day before; any other overlap is refused. The tariff in force
 * for a provider is its contract's version on that day, else the regional default.
 */
@ApplicationScoped
@Transactional
public class TariefBeheer {

  static final String ENTITEIT = "tarief";
  public static final String BRON_CONTRACT = "CONTRACT";
  public static final String BRON_REGIO = "REGIO";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject AanbiederBeheer aanbieders;
  @Inject ProductBeheer producten;
  @Inject ContractBeheer contracten;
  @Inject RegioGegevens regio;

  /** A tariff version as the API shows and takes it; no contractNummer means the regional default. */
  public record TariefGegevens(
      Long id,
      String productCode,
      String contractNummer,
      String aanbiederAgbCode,
      Integer klasse,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      Long bedragCent,
      String eenheid,
      String bron) {
    static TariefGegevens van(Tarief t) {
      Contract c = t.contract();
      return new TariefGegevens(
          t.id(),
          t.product().code(),
          c == null ? null : c.nummer(),
          c == null ? null : c.aanbieder().agbCode().waarde(),
          t.klasse(),
          t.periode().start(),
          t.periode().einddatumInclusief(),
          t.bedrag().cent(),
          t.product().eenheid().code(),
          c == null ? BRON_REGIO : BRON_CONTRACT);
    }
  }

  /** The answer to "which tariff applies to this provider, product (and klasse) on this day". */
  public record GeldendTarief(
      long tariefId,
      String aanbiederAgbCode,
      String productCode,
      Integer klasse,
      LocalDate datum,
      long bedragCent,
      String eenheid,
      String eenheidOmschrijving,
      String uitvoeringsvariant,
      String bron,
      String contractNummer,
      LocalDate ingangsdatum,
      LocalDate einddatum) {}

  public Pagina<TariefGegevens> zoek(
      String aanbiederAgbCode,
      String contractNummer,
      String productCode,
      Integer klasse,
      LocalDate datum,
      String bron,
      Optional<AgbCode> alleen,
      int pagina,
      int grootte) {
    Zoekvraag vraag =
        new Zoekvraag("Tarief x left join x.contract c left join c.aanbieder a")
            .filter("a.agbCode = :agb", "agb", aanbiederAgbCode)
            .filter("c.nummer = :contract", "contract", contractNummer)
            .filter("x.product.code = :product", "product", productCode == null ? null : productCode.toUpperCase())
            .filter("x.klasse = :klasse", "klasse", klasse)
            .filter(
                "x.ingangsdatum <= :datum and (x.einddatum is null or x.einddatum >= :datum)", "datum", datum)
            .filter("c is null or a.agbCode = :eigen", "eigen", alleen.map(AgbCode::waarde).orElse(null));
    if (bron != null) {
      switch (bron.toUpperCase()) {
        case BRON_REGIO -> vraag.voorwaarde("x.contract is null");
        case BRON_CONTRACT -> vraag.voorwaarde("x.contract is not null");
        default -> throw OngeldigeInvoerException.van("bron", "is CONTRACT of REGIO");
      }
    }
    return vraag.pagina(
        em,
        Tarief.class,
        "x.product.code, c.nummer, x.klasse, x.ingangsdatum",
        pagina,
        grootte,
        TariefGegevens::van);
  }

  public TariefGegevens haal(long id, Optional<AgbCode> alleen) {
    Tarief t = vind(id);
    if (alleen.isPresent() && !t.isRegionaal() && !alleen.get().equals(t.contract().aanbieder().agbCode())) {
      throw new NietGevondenException("Er is geen tarief met id " + id + ".");
    }
    return TariefGegevens.van(t);
  }

  /** Adds a tariff version; an open-ended version it succeeds is ended the day before. */
  public TariefGegevens maak(TariefGegevens invoer) {
    Validatie v = new Validatie();
    Optional<Product> product =
        v.waarde("productCode", invoer.productCode(), s -> s)
            .flatMap(
                code -> {
                  Optional<Product> p = producten.zoekOpCode(code);
                  if (p.isEmpty()) {
                    v.fout("productCode", "onbekend product: " + code);
                  }
                  return p;
                });
    Optional<Contract> contract = Optional.empty();
    if (invoer.contractNummer() != null && !invoer.contractNummer().isBlank()) {
      contract = contracten.zoekOpNummer(invoer.contractNummer());
      if (contract.isEmpty()) {
        v.fout("contractNummer", "onbekend contract: " + invoer.contractNummer());
      }
    }
    v.verplicht("ingangsdatum", invoer.ingangsdatum());
    v.periode("einddatum", invoer.ingangsdatum(), invoer.einddatum());
    v.verplicht("bedragCent", invoer.bedragCent())
        .filter(b -> b < 0)
        .ifPresent(b -> v.fout("bedragCent", "een tarief kan niet negatief zijn"));
    product.ifPresent(p -> controleerKlasse(v, p, invoer.klasse()));
    if (product.isPresent() && contract.isPresent()) {
      Contract c = contract.get();
      if (!c.dekt(product.get())) {
        v.fout("productCode", "contract " + c.nummer() + " dekt product " + product.get().code() + " niet");
      }
      if (invoer.ingangsdatum() != null && !c.periode().bevat(invoer.ingangsdatum())) {
        v.fout("ingangsdatum", "ligt buiten de looptijd van contract " + c.nummer() + " (" + c.periode() + ")");
      }
    }
    v.controleer();

    // One tariff change per product at a time, so two concurrent versions cannot both pass the overlap check.
    em.lock(product.get(), LockModeType.PESSIMISTIC_WRITE);
    Periode periode = Periode.inclusief(invoer.ingangsdatum(), invoer.einddatum());
    TariefVersies versies = versies(product.get(), contract.orElse(null), invoer.klasse());
    versies
        .overlapMet(periode)
        .ifPresent(
            t -> {
              throw new ConflictException(
                  "ingangsdatum",
                  "Overlapt met tariefversie " + t.id() + " (" + t.periode() + "); versies van één tarief mogen niet overlappen.");
            });
    versies
        .opvolgbaarDoor(periode)
        .ifPresent(
            voorganger -> {
              TariefGegevens oud = TariefGegevens.van(voorganger);
              voorganger.beeindig(periode.start().minusDays(1));
              audit.gewijzigd(ENTITEIT, voorganger.id(), oud, TariefGegevens.van(voorganger));
            });
    Tarief tarief =
        new Tarief(product.get(), contract.orElse(null), invoer.klasse(), periode, Money.ofCents(invoer.bedragCent()));
    em.persist(tarief);
    em.flush();
    TariefGegevens nieuw = TariefGegevens.van(tarief);
    audit.aangemaakt(ENTITEIT, tarief.id(), nieuw);
    return nieuw;
  }

  /**
   * Changes the end date of a version (ending or reopening it). The amount and start of a version
   * never change: a new amount is a new version.
   */
  public TariefGegevens wijzig(long id, TariefGegevens invoer) {
    Tarief tarief = vind(id);
    TariefGegevens oud = TariefGegevens.van(tarief);
    Validatie v = new Validatie();
    if (invoer.bedragCent() != null && invoer.bedragCent() != tarief.bedrag().cent()) {
      v.fout("bedragCent", "het bedrag van een tariefversie wordt niet overschreven; voeg een nieuwe versie toe met een nieuwe ingangsdatum");
    }
    if (invoer.ingangsdatum() != null && !invoer.ingangsdatum().equals(oud.ingangsdatum())) {
      v.fout("ingangsdatum", "de ingangsdatum van een tariefversie kan niet wijzigen; voeg een nieuwe versie toe");
    }
    for (String[] veld :
        new String[][] {
          {"productCode", invoer.productCode(), oud.productCode()},
          {"contractNummer", invoer.contractNummer(), oud.contractNummer()},
        }) {
      if (veld[1] != null && !veld[1].equals(veld[2])) {
        v.fout(veld[0], "hoort bij de tariefregel en kan niet wijzigen");
      }
    }
    if (invoer.klasse() != null && !invoer.klasse().equals(oud.klasse())) {
      v.fout("klasse", "hoort bij de tariefregel en kan niet wijzigen");
    }
    v.periode("einddatum", oud.ingangsdatum(), invoer.einddatum());
    v.controleer();
    if (Objects.equals(invoer.einddatum(), oud.einddatum())) {
      return oud;
    }
    em.lock(tarief.product(), LockModeType.PESSIMISTIC_WRITE);
    Periode nieuwePeriode = Periode.inclusief(oud.ingangsdatum(), invoer.einddatum());
    versies(tarief.product(), tarief.contract(), tarief.klasse()).alle().stream()
        .filter(t -> t != tarief && t.periode().overlapt(nieuwePeriode))
        .findFirst()
        .ifPresent(
            t -> {
              throw new ConflictException(
                  "einddatum", "Zo zou deze versie overlappen met tariefversie " + t.id() + " (" + t.periode() + ").");
            });
    if (invoer.einddatum() == null) {
      tarief.heropen();
    } else {
      tarief.beeindig(invoer.einddatum());
    }
    TariefGegevens nieuw = TariefGegevens.van(tarief);
    audit.gewijzigd(ENTITEIT, id, oud, nieuw);
    return nieuw;
  }

  /**
   * The tariff in force for a provider, product (and klasse) on a day: its contract's version,
   * else the regional default. Not found — with the reason — when the provider has no contract for
   * the product on that day or no version is in force.
   */
  public GeldendTarief geldend(String agbCode, String productCode, Integer klasse, LocalDate datum) {
    Validatie v = new Validatie();
    v.waarde("aanbieder", agbCode, AgbCode::new);
    v.waarde("product", productCode, s -> s);
    v.verplicht("datum", datum);
    v.controleer();
    Product product = producten.vind(productCode);
    Aanbieder aanbieder = aanbieders.vind(agbCode);
    Validatie k = new Validatie();
    controleerKlasse(k, product, klasse);
    k.controleer();
    Contract contract =
        contracten
            .dekkendContract(aanbieder, product, datum)
            .orElseThrow(
                () ->
                    new NietGevondenException(
                        "Aanbieder " + agbCode + " heeft op " + datum + " geen contract voor product " + product.code() + "."));
    Optional<Tarief> tarief = versies(product, contract, klasse).geldendOp(datum);
    if (tarief.isEmpty()) {
      tarief = versies(product, null, klasse).geldendOp(datum);
    }
    Tarief t =
        tarief.orElseThrow(
            () ->
                new NietGevondenException(
                    "Geen tarief in kracht op "
                        + datum
                        + " voor product "
                        + product.code()
                        + (klasse == null ? "" : " klasse " + klasse)
                        + ": contract "
                        + contract.nummer()
                        + " heeft geen versie en er is geen regionaal tarief."));
    return new GeldendTarief(
        t.id(),
        agbCode,
        product.code(),
        klasse,
        datum,
        t.bedrag().cent(),
        product.eenheid().code(),
        product.eenheid().omschrijving(),
        product.variant().name(),
        t.isRegionaal() ? BRON_REGIO : BRON_CONTRACT,
        t.isRegionaal() ? null : contract.nummer(),
        t.periode().start(),
        t.periode().einddatumInclusief());
  }

  /** Whether a version with this start already exists for the line (used to load demo data once). */
  public boolean versieBestaat(String productCode, String contractNummer, Integer klasse, LocalDate ingangsdatum) {
    Optional<Product> p = producten.zoekOpCode(productCode);
    Optional<Contract> c = contractNummer == null ? Optional.empty() : contracten.zoekOpNummer(contractNummer);
    if (p.isEmpty() || (contractNummer != null && c.isEmpty())) {
      return false;
    }
    return versies(p.get(), c.orElse(null), klasse).alle().stream()
        .anyMatch(t -> t.periode().start().equals(ingangsdatum));
  }

  /**
   * The tariff timeline of a provider's product (and klasse) over {@code periode}: per stretch of
   * days its contract's version, else the regional default. Days without a contract or without a
   * tariff are left out, so the expected-amount calculation names the first such day.
   */
  public List<TariefPeriode> tijdlijn(Aanbieder aanbieder, Product product, Integer klasse, Periode periode) {
    return tijdlijnMetVersies(aanbieder, product, klasse, periode).stream().map(TijdlijnStuk::tarief).toList();
  }

  /**
   * The regional default tariff timeline (versions without a contract) of a product and klasse over
   * {@code periode}: the ZIN reference a PGB budget is derived from (a PGB has no provider). Days
   * without a version are left out, so a budget over such a day names it.
   */
  public List<TariefPeriode> regionaleTijdlijn(Product product, Integer klasse, Periode periode) {
    List<TariefPeriode> tijdlijn = new ArrayList<>();
    versies(product, null, klasse).alle().stream()
        .sorted(java.util.Comparator.comparing((Tarief t) -> t.periode().start()))
        .forEach(t -> t.periode().doorsnede(periode).ifPresent(d -> tijdlijn.add(new TariefPeriode(d, t.bedrag()))));
    return tijdlijn;
  }

  /** A stretch of the timeline with the id of the tariff version that holds there (evidence for declarations). */
  public record TijdlijnStuk(TariefPeriode tarief, long tariefId) {}

  public List<TijdlijnStuk> tijdlijnMetVersies(Aanbieder aanbieder, Product product, Integer klasse, Periode periode) {
    List<Contract> dekkend =
        em.createQuery("select c from Contract c join c.producten p where c.aanbieder = :a and p = :p", Contract.class)
            .setParameter("a", aanbieder)
            .setParameter("p", product)
            .getResultList();
    Map<Contract, TariefVersies> perContract = new HashMap<>();
    dekkend.forEach(c -> perContract.put(c, versies(product, c, klasse)));
    return tijdlijn(dekkend, perContract, versies(product, null, klasse), periode);
  }

  /**
   * Every tariff timeline of one provider, read with two queries (its contracts; the tariff versions of those
   * contracts and the regional ones) and computed in memory exactly as {@link #tijdlijnMetVersies}: for judging a
   * declaration, which needs the timelines of many toewijzingen of one provider at once.
   */
  public Tijdlijnen tijdlijnenVan(Aanbieder aanbieder) {
    List<Contract> contracten = em.createQuery("select distinct c from Contract c left join fetch c.producten where c.aanbieder = :a",
            Contract.class)
        .setParameter("a", aanbieder)
        .getResultList();
    List<Tarief> versies = em.createQuery("select t from Tarief t left join t.contract c where c is null or c.aanbieder = :a", Tarief.class)
        .setParameter("a", aanbieder)
        .getResultList();
    return new Tijdlijnen(contracten, versies);
  }

  /** The timelines of one provider, from its contracts and tariff versions read once. */
  public static final class Tijdlijnen {
    private final List<Contract> contracten;
    private final List<Tarief> versies;

    Tijdlijnen(List<Contract> contracten, List<Tarief> versies) {
      this.contracten = contracten;
      this.versies = versies;
    }

    public List<TijdlijnStuk> tijdlijnMetVersies(Product product, Integer klasse, Periode periode) {
      List<Contract> dekkend = contracten.stream().filter(c -> c.dekt(product)).toList();
      Map<Contract, TariefVersies> perContract = new HashMap<>();
      dekkend.forEach(c -> perContract.put(c, van(product, c, klasse)));
      return tijdlijn(dekkend, perContract, van(product, null, klasse), periode);
    }

    private TariefVersies van(Product product, Contract contract, Integer klasse) {
      return new TariefVersies(versies.stream()
          .filter(t -> t.product().id().equals(product.id())
              && (contract == null ? t.contract() == null : t.contract() != null && t.contract().id().equals(contract.id()))
              && java.util.Objects.equals(t.klasse(), klasse))
          .toList());
    }
  }

  /**
   * Per stretch of days between the boundaries of the contracts and versions: the covering contract's version, else
   * the regional one; days without a covering contract or without a version are left out.
   */
  private static List<TijdlijnStuk> tijdlijn(List<Contract> dekkend, Map<Contract, TariefVersies> perContract, TariefVersies regionaal,
      Periode periode) {
    TreeSet<LocalDate> grenzen = new TreeSet<>();
    grenzen.add(periode.start());
    Consumer<Periode> grens = p -> {
      grenzen.add(p.start());
      if (p.eindeExclusief() != null) {
        grenzen.add(p.eindeExclusief());
      }
    };
    dekkend.forEach(c -> grens.accept(c.periode()));
    perContract.values().forEach(v -> v.alle().forEach(t -> grens.accept(t.periode())));
    regionaal.alle().forEach(t -> grens.accept(t.periode()));

    List<LocalDate> punten = grenzen.stream()
        .filter(d -> !d.isBefore(periode.start()) && (periode.eindeExclusief() == null || d.isBefore(periode.eindeExclusief())))
        .toList();
    List<TijdlijnStuk> tijdlijn = new ArrayList<>();
    for (int i = 0; i < punten.size(); i++) {
      LocalDate van = punten.get(i);
      LocalDate tot = i + 1 < punten.size() ? punten.get(i + 1) : periode.eindeExclusief();
      Optional<Contract> contract = dekkend.stream().filter(c -> c.periode().bevat(van)).findFirst();
      if (contract.isEmpty()) {
        continue;
      }
      Optional<Tarief> tarief = perContract.get(contract.get()).geldendOp(van).or(() -> regionaal.geldendOp(van));
      tarief.ifPresent(t -> tijdlijn.add(new TijdlijnStuk(new TariefPeriode(new Periode(van, tot), t.bedrag()), t.id())));
    }
    return tijdlijn;
  }

  private void controleerKlasse(Validatie v, Product product, Integer klasse) {
    if (product.tariefPerKlasse() && klasse == null) {
      v.fout("klasse", "product " + product.code() + " wordt per klasse geprijsd: geef de klasse");
    } else if (!product.tariefPerKlasse() && klasse != null) {
      v.fout("klasse", "product " + product.code() + " wordt niet per klasse geprijsd");
    } else if (klasse != null && !regio.klassenindeling().bestaat(klasse)) {
      v.fout("klasse", "klasse " + klasse + " bestaat niet (1 t/m " + regio.klassenindeling().aantal() + ")");
    }
  }

  private TariefVersies versies(Product product, Contract contract, Integer klasse) {
    jakarta.persistence.TypedQuery<Tarief> q =
        em.createQuery(
                "select t from Tarief t where t.product = :p"
                    + (contract == null ? " and t.contract is null" : " and t.contract = :c")
                    + (klasse == null ? " and t.klasse is null" : " and t.klasse = :k"),
                Tarief.class)
            .setParameter("p", product);
    if (contract != null) {
      q.setParameter("c", contract);
    }
    if (klasse != null) {
      q.setParameter("k", klasse);
    }
    return new TariefVersies(q.getResultList());
  }

  Tarief vind(long id) {
    Tarief t = em.find(Tarief.class, id);
    if (t == null) {
      throw new NietGevondenException("Er is geen tarief met id " + id + ".");
    }
    return t;
  }
}
