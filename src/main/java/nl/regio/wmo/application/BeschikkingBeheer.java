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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regio.wmo.domain.beschikking.Beleidsregels;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Bestaand;
import nl.regio.wmo.domain.beschikking.Beleidsregels.ProductSoort;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Voorstel;
import nl.regio.wmo.domain.beschikking.Beschikking;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.beschikking.Leveringsvorm;
import nl.regio.wmo.domain.beschikking.Overtreding;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.beschikking.ToewijzingVersie;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Klassenindeling;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Periode;

/**
 * Beschikkingen and their toewijzingen, recorded by consulenten. Every proposal goes through {@link
 * Beleidsregels} (refused with the rule's id); a ZIN beschikking becomes a toewijzing with a new
 * ToewijzingNummer. Changes follow iWmo OP033x1: a new end date keeps the toewijzing (with a
 * RedenWijziging); any other change of omvang ends the old beschikking and toewijzing the day before
 * the change and starts new ones.
 *
 * <p>A ZIN beschikking may carry a budget ({@code budgetCent}: cents for its whole period) instead of
 * an omvang; its toewijzing then has the iWmo {@code Budget} and no Omvang (CD077). The policy checks
 * are in {@link Beleidsregels} (BUDGET, CD075, CD078, LDT_Budget). A new end date keeps the budget as
 * it is: the total for the (now shorter or longer) toewijzing; another budget is a change of omvang
 * (a new beschikking and toewijzing from a date).
 */
@ApplicationScoped
@Transactional
public class BeschikkingBeheer {

  static final String ENTITEIT = "beschikking";
  /** WMO002 codes a consulent may give (01 is no longer used, CS336). */
  static final Set<String> REDENEN = Set.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14");
  static final String FREQUENTIE_PER_WEEK = "2";
  static final String FREQUENTIE_PER_MAAND = "4";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject ClientBeheer clienten;
  @Inject ProductBeheer producten;
  @Inject AanbiederBeheer aanbieders;
  @Inject ContractBeheer contracten;
  @Inject TariefBeheer tarieven;
  @Inject RegioGegevens regio;
  @Inject Clock clock;

  public record OfferteGegevens(String aanbiederAgbCode, Long maandbedragCent) {}

  /** A beschikking as the API shows and takes it. */
  public record BeschikkingGegevens(
      Long id,
      Long clientId,
      String productCode,
      String leveringsvorm,
      String aanbiederAgbCode,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      Integer volumePerWeek,
      Integer klasse,
      BigDecimal urenPerWeek,
      Long offerteMaandbedragCent,
      List<OfferteGegevens> offertes,
      Long budgetCent,
      String externNummer,
      Long vorigeId,
      Long toewijzingNummer,
      Boolean verwijderd,
      OffsetDateTime vastgesteldOp,
      String vastgesteldDoor) {
    static BeschikkingGegevens van(Beschikking b) {
      return new BeschikkingGegevens(
          b.id(),
          b.client().id(),
          b.product().code(),
          b.leveringsvorm().name(),
          b.aanbieder() == null ? null : b.aanbieder().agbCode().waarde(),
          b.periode().start(),
          b.periode().einddatumInclusief(),
          b.volumePerWeek(),
          b.klasse(),
          b.urenPerWeek(),
          b.offerteMaandbedragCent(),
          b.offertes().stream().map(o -> new OfferteGegevens(o.aanbiederAgb(), o.maandbedragCent())).toList(),
          b.budgetCent(),
          b.externNummer(),
          b.vorige() == null ? null : b.vorige().id(),
          b.toewijzing().map(Toewijzing::nummer).orElse(null),
          b.isVerwijderd(),
          b.vastgesteldOp(),
          b.vastgesteldDoor());
    }
  }

  /** A new end date (null: open-ended) and optionally its WMO002 reason (default 04 longer, 05 shorter). */
  public record EinddatumWijziging(LocalDate einddatum, String redenWijziging) {}

  /** A change of omvang (or budget) from {@code ingangsdatum}: the old beschikking ends the day before. */
  public record OmvangWijziging(
      LocalDate ingangsdatum,
      LocalDate einddatum,
      String aanbiederAgbCode,
      Integer volumePerWeek,
      Integer klasse,
      BigDecimal urenPerWeek,
      Long offerteMaandbedragCent,
      List<OfferteGegevens> offertes,
      Long budgetCent) {}

  public Pagina<BeschikkingGegevens> zoek(
      Long clientId, String productCode, String aanbiederAgbCode, String leveringsvorm, String gemeente, LocalDate datum,
      int pagina, int grootte) {
    return new Zoekvraag("Beschikking x")
        .filter("x.client.id = :client", "client", clientId)
        .filter("x.product.code = :product", "product", productCode == null ? null : productCode.toUpperCase())
        .filter("x.aanbieder.agbCode = :agb", "agb", aanbiederAgbCode)
        .filter("x.leveringsvorm = :vorm", "vorm", leveringsvorm == null ? null : leveringsvorm(leveringsvorm))
        .filter("x.client.gemeente.cbsCode = :gemeente", "gemeente", gemeente)
        .filter("x.ingangsdatum <= :datum and (x.einddatum is null or x.einddatum >= :datum)", "datum", datum)
        .pagina(em, Beschikking.class, "x.id", pagina, grootte, BeschikkingGegevens::van);
  }

  public BeschikkingGegevens haal(long id) {
    return BeschikkingGegevens.van(vind(id));
  }

  public Optional<Beschikking> zoekOpExternNummer(String nummer) {
    return em.createQuery("select b from Beschikking b where b.externNummer = :n", Beschikking.class)
        .setParameter("n", nummer)
        .getResultStream()
        .findFirst();
  }

  public BeschikkingGegevens maak(BeschikkingGegevens invoer) {
    Beoordeling b = beoordeel(invoer);
    if (!b.invoerFouten().isEmpty()) {
      throw new OngeldigeInvoerException(b.invoerFouten());
    }
    if (invoer.externNummer() != null && zoekOpExternNummer(invoer.externNummer()).isPresent()) {
      throw new ConflictException("externNummer", "Er is al een beschikking met nummer " + invoer.externNummer() + ".");
    }
    weiger(b.regels().fouten());
    return BeschikkingGegevens.van(opslaan(b.client(), b.product(), b.aanbieder(), b.voorstel(), b.regels().volume(), invoer.externNummer(), null));
  }

  /**
   * The dry run of {@link #maak}: every refusal storing this beschikking would get — the input, the region's policy
   * rules, CD076, the trajectbedrag — by the same code path, without storing anything (the page checks live as the
   * consulent types). Policy refusals name their rule ({@code S-KLASSE: …}); empty means {@link #maak} accepts it
   * (unless its externNummer is taken meanwhile). The policy rules run as soon as the client, product, leveringsvorm,
   * ingangsdatum and (in kind) provider are known, also when another field is still wrong.
   */
  public List<Fout> toets(BeschikkingGegevens invoer) {
    Beoordeling b = beoordeel(invoer);
    return alles(b.invoerFouten(), b.regels());
  }

  /** The input's faults, then the rules' refusals as the consulent reads them ({@code S-KLASSE: …}). */
  private static List<Fout> alles(List<Fout> invoerFouten, Regeltoets regels) {
    List<Fout> fouten = new ArrayList<>(invoerFouten);
    fouten.addAll(regels.fouten().stream().map(o -> new Fout(o.veld(), o.tekst())).toList());
    return fouten;
  }

  /** What checking a new beschikking found: the input's faults, the rules' outcome, and what storing it needs. */
  record Beoordeling(List<Fout> invoerFouten, Regeltoets regels, Client client, Product product, Aanbieder aanbieder, Voorstel voorstel) {}

  /** The rules' refusals (empty: accepted) and the toewijzing's volume they found (0 when refused or not in kind). */
  record Regeltoets(List<Overtreding> fouten, long volume) {
    static final Regeltoets NIET_GETOETST = new Regeltoets(List.of(), 0);
  }

  /** Checks the input and, when it names everything the rules need, the rules: shared by {@link #maak} and {@link #toets}. */
  Beoordeling beoordeel(BeschikkingGegevens invoer) {
    Validatie v = new Validatie();
    Optional<Client> client = v.verplicht("clientId", invoer.clientId()).flatMap(id -> {
      Optional<Client> c = client(id);
      if (c.isEmpty()) {
        v.fout("clientId", "er is geen cliënt met id " + id);
      }
      return c;
    });
    Optional<Product> product = v.waarde("productCode", invoer.productCode(), s -> s).flatMap(code -> {
      Optional<Product> p = producten.zoekOpCode(code);
      if (p.isEmpty()) {
        v.fout("productCode", "onbekend product: " + code);
      }
      return p;
    });
    Optional<Leveringsvorm> vorm = v.waarde("leveringsvorm", invoer.leveringsvorm(), BeschikkingBeheer::leveringsvorm);
    Optional<Aanbieder> aanbieder = Optional.empty();
    boolean aanbiederBekend = vorm.isPresent();
    if (vorm.orElse(null) == Leveringsvorm.ZIN) {
      aanbieder = aanbieder(v, "aanbiederAgbCode", invoer.aanbiederAgbCode());
      aanbiederBekend = aanbieder.isPresent();
    } else if (vorm.orElse(null) == Leveringsvorm.PGB && invoer.aanbiederAgbCode() != null) {
      v.fout("aanbiederAgbCode", "een PGB heeft geen gecontracteerde aanbieder; de budgethouder kiest zelf");
    }
    v.verplicht("ingangsdatum", invoer.ingangsdatum());
    boolean periodeGoed = invoer.einddatum() == null || invoer.ingangsdatum() == null || !invoer.einddatum().isBefore(invoer.ingangsdatum());
    v.periode("einddatum", invoer.ingangsdatum(), invoer.einddatum());
    List<Beleidsregels.Offerte> offertes = offertes(v, invoer.offertes());
    if (invoer.externNummer() != null && invoer.externNummer().length() > 40) {
      v.fout("externNummer", "is langer dan 40 tekens");
    }
    if (client.isEmpty() || product.isEmpty() || !aanbiederBekend || invoer.ingangsdatum() == null || !periodeGoed) {
      return new Beoordeling(v.fouten(), Regeltoets.NIET_GETOETST, null, null, null, null);
    }
    Voorstel voorstel = new Voorstel(
        soort(product.get()),
        vorm.get(),
        aanbieder.map(a -> a.agbCode().waarde()).orElse(null),
        Periode.inclusief(invoer.ingangsdatum(), invoer.einddatum()),
        invoer.volumePerWeek(),
        invoer.klasse(),
        invoer.urenPerWeek(),
        invoer.offerteMaandbedragCent(),
        offertes,
        invoer.budgetCent());
    return new Beoordeling(v.fouten(), regels(client.get(), product.get(), aanbieder.orElse(null), voorstel, bestaand(client.get(), null)),
        client.get(), product.get(),
        aanbieder.orElse(null), voorstel);
  }

  /** Shortens or extends a beschikking; its toewijzing keeps its number and records the reason. */
  public BeschikkingGegevens wijzigEinddatum(long id, EinddatumWijziging wijziging) {
    Beschikking b = vind(id);
    if (b.isVerwijderd()) {
      throw new ConflictException("einddatum", "Deze beschikking is verwijderd en kan niet meer wijzigen.");
    }
    Periode oud = b.periode();
    Validatie v = new Validatie();
    v.periode("einddatum", oud.start(), wijziging.einddatum());
    String reden = wijziging.redenWijziging();
    boolean langer = wijziging.einddatum() == null
        || (oud.einddatumInclusief() != null && wijziging.einddatum().isAfter(oud.einddatumInclusief()));
    if (reden == null) {
      reden = langer ? Toewijzing.REDEN_VERLENGING : Toewijzing.REDEN_VERKORTING;
    } else if (!REDENEN.contains(reden)) {
      v.fout("redenWijziging", "geen geldige reden (iWmo WMO002: 02 t/m 14; 01 wordt niet meer gebruikt)");
    } else if (Toewijzing.REDEN_VERWIJDERD.equals(reden) && !oud.start().equals(wijziging.einddatum())) {
      v.fout("redenWijziging", "13 (verwijderd) alleen met einddatum gelijk aan de ingangsdatum (iWmo CS335)");
    }
    v.controleer();
    if (Objects.equals(wijziging.einddatum(), oud.einddatumInclusief())) {
      return BeschikkingGegevens.van(b);
    }
    BeschikkingGegevens voor = BeschikkingGegevens.van(b);
    Periode nieuw = Periode.inclusief(oud.start(), wijziging.einddatum());
    List<Overtreding> fouten = new ArrayList<>();
    if (langer) {
      Voorstel voorstel = voorstel(b, nieuw);
      fouten.addAll(Beleidsregels.toets(voorstel, bestaand(b.client(), b.id()), dekking(b.aanbieder(), b.product(), b.client(), voorstel), klassenindeling()));
      cd076(b.product(), voorstel, nieuw).ifPresent(fouten::add);
    } else if (b.product().categorie() == Productcategorie.DAGBESTEDING) {
      fouten.addAll(vervoerBlijftGedekt(b, nieuw));
    }
    weiger(fouten);
    b.wijzigEinddatum(wijziging.einddatum());
    String redenWijziging = reden;
    b.toewijzing().ifPresent(t -> {
      t.wijzigEinddatum(wijziging.einddatum(), redenWijziging, nu());
      em.persist(new ToewijzingVersie(t, audit.gebruiker()));
    });
    BeschikkingGegevens na = BeschikkingGegevens.van(b);
    audit.gewijzigd(ENTITEIT, id, voor, na);
    return na;
  }

  /**
   * A change of omvang (or provider): the old beschikking ends the day before, a new one starts. Refused with exactly
   * what {@link #toetsWijziging} reports, before anything changes.
   */
  public BeschikkingGegevens wijzigOmvang(long id, OmvangWijziging w) {
    Beschikking oud = vind(id);
    Wijzigingsbeoordeling b = beoordeel(oud, w);
    if (!b.invoerFouten().isEmpty()) {
      throw new OngeldigeInvoerException(b.invoerFouten());
    }
    weiger(b.regels().fouten());
    boolean andereAanbieder = b.aanbieder() != null && oud.aanbieder() != null && !b.aanbieder().equals(oud.aanbieder());
    beeindig(oud, w.ingangsdatum().minusDays(1), andereAanbieder ? "09" : Toewijzing.REDEN_VERKORTING);
    return BeschikkingGegevens.van(opslaan(oud.client(), oud.product(), b.aanbieder(), b.voorstel(), b.regels().volume(), null, oud));
  }

  /**
   * The dry run of {@link #wijzigOmvang}: every refusal making this wijziging would get — the input, and the rules a new
   * beschikking meets ({@link #regels}) with the old beschikking already ending the day before the change — by the same
   * code path, without changing anything (the page checks live as the consulent types). Empty means {@link
   * #wijzigOmvang} accepts it. The rules run as soon as the ingangsdatum lies within the beschikking, the period is
   * right and a new provider (if given) is known, also when another field is still wrong.
   */
  public List<Fout> toetsWijziging(long id, OmvangWijziging w) {
    Wijzigingsbeoordeling b = beoordeel(vind(id), w);
    return alles(b.invoerFouten(), b.regels());
  }

  /** What checking a wijziging found: the input's faults, the rules' outcome, the new beschikking's provider and proposal. */
  record Wijzigingsbeoordeling(List<Fout> invoerFouten, Regeltoets regels, Aanbieder aanbieder, Voorstel voorstel) {}

  /**
   * Checks a wijziging of {@code oud} and, when the input allows, the rules, with {@code oud} among the client's
   * beschikkingen as it will be after the change (ending the day before); changes nothing. Shared by {@link
   * #wijzigOmvang} and {@link #toetsWijziging}.
   */
  Wijzigingsbeoordeling beoordeel(Beschikking oud, OmvangWijziging w) {
    if (oud.isVerwijderd()) {
      throw new ConflictException("ingangsdatum", "Deze beschikking is verwijderd en kan niet meer wijzigen.");
    }
    Validatie v = new Validatie();
    Periode looptijd = oud.periode();
    boolean ingangGoed = v.verplicht("ingangsdatum", w.ingangsdatum()).map(d -> {
      boolean binnen = d.isAfter(looptijd.start()) && looptijd.bevat(d);
      if (!binnen) {
        v.fout("ingangsdatum", "de wijziging gaat in na de ingangsdatum (" + looptijd.start()
            + ") en binnen de looptijd van de beschikking (" + looptijd + "); om haar helemaal te vervangen: verwijder haar");
      }
      return binnen;
    }).orElse(false);
    LocalDate einddatum = w.einddatum() != null ? w.einddatum() : looptijd.einddatumInclusief();
    boolean periodeGoed = einddatum == null || w.ingangsdatum() == null || !einddatum.isBefore(w.ingangsdatum());
    v.periode("einddatum", w.ingangsdatum(), einddatum);
    Optional<Aanbieder> aanbieder = Optional.ofNullable(oud.aanbieder());
    boolean aanbiederBekend = true;
    if (w.aanbiederAgbCode() != null && oud.leveringsvorm() == Leveringsvorm.ZIN) {
      aanbieder = aanbieder(v, "aanbiederAgbCode", w.aanbiederAgbCode());
      aanbiederBekend = aanbieder.isPresent();
    }
    List<Beleidsregels.Offerte> offertes = offertes(v, w.offertes());
    if (!ingangGoed || !periodeGoed || !aanbiederBekend) {
      return new Wijzigingsbeoordeling(v.fouten(), Regeltoets.NIET_GETOETST, null, null);
    }
    Voorstel voorstel = new Voorstel(
        soort(oud.product()),
        oud.leveringsvorm(),
        aanbieder.map(a -> a.agbCode().waarde()).orElse(null),
        Periode.inclusief(w.ingangsdatum(), einddatum),
        w.volumePerWeek(),
        w.klasse(),
        w.urenPerWeek(),
        w.offerteMaandbedragCent(),
        offertes,
        w.budgetCent());
    Periode verkort = Periode.inclusief(looptijd.start(), w.ingangsdatum().minusDays(1));
    List<Bestaand> bestaand = bestaand(oud.client(), null).stream()
        .map(x -> x.id() == oud.id() ? new Bestaand(x.id(), x.product(), x.vorm(), x.aanbiederAgb(), verkort, x.volumePerWeek()) : x)
        .toList();
    return new Wijzigingsbeoordeling(v.fouten(), regels(oud.client(), oud.product(), aanbieder.orElse(null), voorstel, bestaand),
        aanbieder.orElse(null), voorstel);
  }

  /** Ends {@code oud} on {@code laatsteDag}; its toewijzing gets that end date with {@code reden} (WMO002), as a new version. */
  void beeindig(Beschikking oud, LocalDate laatsteDag, String reden) {
    BeschikkingGegevens voor = BeschikkingGegevens.van(oud);
    oud.wijzigEinddatum(laatsteDag);
    oud.toewijzing().ifPresent(t -> {
      t.wijzigEinddatum(laatsteDag, reden, nu());
      em.persist(new ToewijzingVersie(t, audit.gebruiker()));
    });
    audit.gewijzigd(ENTITEIT, oud.id(), voor, BeschikkingGegevens.van(oud));
  }

  /**
   * Every rule a new beschikking meets, the one place {@link #maak}, {@link #toets} and {@link #wijzigOmvang} check
   * them: the region's policy rules ({@link Beleidsregels}), CD076, and for a weekly or klasse omvang in kind a
   * trajectbedrag or volume to price the toewijzing with (TARIEF). {@code bestaand}: the client's other beschikkingen
   * the proposal meets (for a wijziging: the old one as it will end).
   */
  Regeltoets regels(Client client, Product product, Aanbieder aanbieder, Voorstel voorstel, List<Bestaand> bestaand) {
    List<Overtreding> fouten = new ArrayList<>(
        Beleidsregels.toets(voorstel, bestaand, dekking(aanbieder, product, client, voorstel), klassenindeling()));
    cd076(product, voorstel, voorstel.periode()).ifPresent(fouten::add);
    boolean budget = voorstel.budgetCent() != null;
    long volume = 0;
    if (fouten.isEmpty() && voorstel.vorm() == Leveringsvorm.ZIN && !budget) {
      Optional<Long> v = toewijzingVolume(product, aanbieder, voorstel);
      if (v.isEmpty()) {
        fouten.add(new Overtreding("TARIEF", "klasse", "er is op " + voorstel.periode().start() + " geen trajectbedrag voor product "
            + product.code() + " klasse " + voorstel.klasse() + " bij aanbieder " + voorstel.aanbiederAgb()));
      } else {
        volume = v.get();
      }
    }
    return new Regeltoets(List.copyOf(fouten), volume);
  }

  /** CD076: a weekly omvang in kind (no budget, not per klasse) needs an end date. */
  private static Optional<Overtreding> cd076(Product product, Voorstel voorstel, Periode periode) {
    return voorstel.vorm() == Leveringsvorm.ZIN && voorstel.budgetCent() == null && !product.tariefPerKlasse() && periode.isOpen()
        ? Optional.of(new Overtreding("CD076", "einddatum", "bij een omvang per week is een einddatum verplicht (iWmo CD076)"))
        : Optional.empty();
  }

  /** Stores a beschikking the rules accepted and, in kind, its toewijzing of {@code volume}. */
  Beschikking opslaan(Client client, Product product, Aanbieder aanbieder, Voorstel voorstel, long volume, String externNummer,
      Beschikking vorige) {
    boolean budget = voorstel.budgetCent() != null;
    OffsetDateTime nu = nu();
    Beschikking b = new Beschikking(client, product, voorstel.vorm(), aanbieder, voorstel.periode(), voorstel.volumePerWeek(),
        voorstel.klasse(), voorstel.urenPerWeek(), voorstel.offerteMaandbedragCent(), voorstel.budgetCent(), externNummer, vorige, nu,
        audit.gebruiker());
    if (voorstel.offerteMaandbedragCent() != null) {
      voorstel.offertes().forEach(o -> b.voegOfferteToe(o.aanbiederAgb(), o.maandbedragCent()));
    }
    em.persist(b);
    if (voorstel.vorm() == Leveringsvorm.ZIN) {
      boolean perWeek = !product.tariefPerKlasse();
      // CD077: with a budget no omvang (volume, eenheid, frequentie); the product stays
      Toewijzing t = budget
          ? Toewijzing.metBudget(volgendToewijzingNummer(), b, voorstel.budgetCent(), nu)
          : new Toewijzing(volgendToewijzingNummer(), b, volume, perWeek ? product.eenheid() : Eenheid.EURO,
              perWeek ? FREQUENTIE_PER_WEEK : FREQUENTIE_PER_MAAND, nu);
      em.persist(t);
      em.persist(new ToewijzingVersie(t, audit.gebruiker()));
    }
    em.flush();
    audit.aangemaakt(ENTITEIT, b.id(), BeschikkingGegevens.van(b));
    return b;
  }

  /** Volume of the toewijzing: per week for dagdeel/hour products; for klasse products the trajectbedrag (cents) at the start. */
  Optional<Long> toewijzingVolume(Product product, Aanbieder aanbieder, Voorstel voorstel) {
    if (!product.tariefPerKlasse()) {
      return Optional.of(voorstel.volumePerWeek().longValue());
    }
    if (voorstel.offerteMaandbedragCent() != null) {
      return Optional.of(voorstel.offerteMaandbedragCent());
    }
    LocalDate start = voorstel.periode().start();
    return tarieven.tijdlijn(aanbieder, product, voorstel.klasse(), new Periode(start, start.plusDays(1))).stream()
        .findFirst()
        .map(t -> t.bedrag().cent());
  }

  private long volgendToewijzingNummer() {
    return ((Number) em.createNativeQuery("select nextval('toewijzing_nummer_seq')").getSingleResult()).longValue();
  }

  private List<Overtreding> vervoerBlijftGedekt(Beschikking dagbesteding, Periode nieuw) {
    List<Bestaand> anderen = new ArrayList<>(bestaand(dagbesteding.client(), dagbesteding.id()));
    anderen.add(new Bestaand(dagbesteding.id(), soort(dagbesteding.product()), dagbesteding.leveringsvorm(), null, nieuw,
        dagbesteding.volumePerWeek()));
    List<Overtreding> fouten = new ArrayList<>();
    for (Bestaand vervoer : anderen) {
      if (vervoer.product().categorie() != Productcategorie.VERVOERDIENSTEN) {
        continue;
      }
      Voorstel alsNieuw = new Voorstel(vervoer.product(), vervoer.vorm(), vervoer.aanbiederAgb(), vervoer.periode(), vervoer.volumePerWeek(),
          null, null, null, List.of());
      List<Bestaand> zonderZichzelf = anderen.stream().filter(a -> a.id() != vervoer.id()).toList();
      Beleidsregels.toets(alsNieuw, zonderZichzelf, List.of(vervoer.periode()), klassenindeling()).stream()
          .filter(o -> o.regel().equals("S-VERVOER"))
          .findFirst()
          .ifPresent(o -> fouten.add(new Overtreding("S-VERVOER", "einddatum",
              "vervoer (beschikking " + vervoer.id() + ", " + vervoer.periode() + ") hangt aan deze dagbesteding; " + o.melding()
                  + " — kort eerst het vervoer in")));
    }
    return fouten;
  }

  /** The client with this id (a test gives its own). */
  Optional<Client> client(long id) {
    return Optional.ofNullable(em.find(Client.class, id));
  }

  Klassenindeling klassenindeling() {
    return regio.klassenindeling();
  }

  /** The client's other beschikkingen, not deleted, without {@code uitgezonderd} (a test gives its own). */
  List<Bestaand> bestaand(Client client, Long uitgezonderd) {
    return em.createQuery("select b from Beschikking b where b.client = :c", Beschikking.class)
        .setParameter("c", client)
        .getResultStream()
        .filter(b -> !b.isVerwijderd() && !b.id().equals(uitgezonderd))
        .map(b -> new Bestaand(b.id(), soort(b.product()), b.leveringsvorm(),
            b.aanbieder() == null ? null : b.aanbieder().agbCode().waarde(), b.periode(), b.volumePerWeek()))
        .toList();
  }

  /** Contract coverage counts only contracts that include the client's municipality (who pays). */
  List<Periode> dekking(Aanbieder aanbieder, Product product, Client client, Voorstel voorstel) {
    return voorstel.vorm() == Leveringsvorm.ZIN && aanbieder != null
        ? contracten.dekking(aanbieder, product, client.gemeente())
        : List.of();
  }

  private Voorstel voorstel(Beschikking b, Periode periode) {
    return new Voorstel(soort(b.product()), b.leveringsvorm(), b.aanbieder() == null ? null : b.aanbieder().agbCode().waarde(),
        periode, b.volumePerWeek(), b.klasse(), b.urenPerWeek(), b.offerteMaandbedragCent(),
        b.offertes().stream().map(o -> new Beleidsregels.Offerte(o.aanbiederAgb(), o.maandbedragCent())).toList(), b.budgetCent());
  }

  static ProductSoort soort(Product p) {
    return new ProductSoort(p.code(), p.categorie(), p.eenheid(), p.tariefPerKlasse(), java.util.Set.copyOf(p.vervoerBij()));
  }

  private static void weiger(List<Overtreding> fouten) {
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten.stream().map(o -> new Fout(o.veld(), o.tekst())).toList());
    }
  }

  private Optional<Aanbieder> aanbieder(Validatie v, String veld, String agb) {
    return v.waarde(veld, agb, AgbCode::new).flatMap(a -> {
      Optional<Aanbieder> gevonden = aanbieders.zoekOpAgb(a.waarde());
      if (gevonden.isEmpty()) {
        v.fout(veld, "er is geen aanbieder met AGB-code " + a);
      }
      return gevonden;
    });
  }

  private static List<Beleidsregels.Offerte> offertes(Validatie v, List<OfferteGegevens> invoer) {
    List<Beleidsregels.Offerte> offertes = new ArrayList<>();
    if (invoer == null) {
      return offertes;
    }
    for (int i = 0; i < invoer.size(); i++) {
      OfferteGegevens o = invoer.get(i);
      Optional<AgbCode> agb = v.waarde("offertes[" + i + "].aanbiederAgbCode", o == null ? null : o.aanbiederAgbCode(), AgbCode::new);
      Long bedrag = o == null ? null : o.maandbedragCent();
      if (bedrag == null || bedrag <= 0) {
        v.fout("offertes[" + i + "].maandbedragCent", "moet groter dan 0 zijn");
      } else {
        agb.ifPresent(a -> offertes.add(new Beleidsregels.Offerte(a.waarde(), bedrag)));
      }
    }
    return offertes;
  }

  static Leveringsvorm leveringsvorm(String tekst) {
    try {
      return Leveringsvorm.valueOf(tekst.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("leveringsvorm is ZIN (in natura) of PGB");
    }
  }

  private OffsetDateTime nu() {
    return OffsetDateTime.now(clock);
  }

  Beschikking vind(long id) {
    Beschikking b = em.find(Beschikking.class, id);
    if (b == null) {
      throw new NietGevondenException("Er is geen beschikking met id " + id + ".");
    }
    return b;
  }

  /** The tariff timeline a toewijzing is priced with (for an offerte: its own monthly amount). */
  List<TariefPeriode> tariefTijdlijn(Toewijzing t) {
    return tariefTijdlijnMetVersies(t).stream().map(TariefBeheer.TijdlijnStuk::tarief).toList();
  }

  /** The same with the tariff version ids (an offerte has none: id 0). */
  List<TariefBeheer.TijdlijnStuk> tariefTijdlijnMetVersies(Toewijzing t) {
    Beschikking b = t.beschikking();
    if (b.isOfferte()) {
      return List.of(new TariefBeheer.TijdlijnStuk(
          new TariefPeriode(t.periode(), nl.regio.wmo.domain.shared.Money.ofCents(b.offerteMaandbedragCent())), 0L));
    }
    return tarieven.tijdlijnMetVersies(t.aanbieder(), t.product(), b.klasse(), t.periode());
  }
}
