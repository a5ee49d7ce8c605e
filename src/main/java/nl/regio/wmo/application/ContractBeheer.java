package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.Contract;
import nl.regio.wmo.domain.contract.Gemeente;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Periode;

/**
 * Contracts (deelovereenkomsten): which products a provider may deliver, for which municipalities of
 * the region, in which period. A provider has at most one contract covering a product on any day,
 * so the tariff in force is never ambiguous. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ContractBeheer {

  static final String ENTITEIT = "contract";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject AanbiederBeheer aanbieders;
  @Inject ProductBeheer producten;
  @Inject RegioGegevens regio;

  /** A contract as the API shows and takes it. No gemeenteCodes given: all municipalities of the region. */
  public record ContractGegevens(
      Long id,
      String nummer,
      String aanbiederAgbCode,
      String aanbiederNaam,
      String omschrijving,
      LocalDate ingangsdatum,
      LocalDate einddatum,
      List<String> productCodes,
      List<String> gemeenteCodes) {
    static ContractGegevens van(Contract c) {
      return new ContractGegevens(
          c.id(),
          c.nummer(),
          c.aanbieder().agbCode().waarde(),
          c.aanbieder().naam(),
          c.omschrijving(),
          c.periode().start(),
          c.periode().einddatumInclusief(),
          c.producten().stream().map(Product::code).toList(),
          c.gemeenten().stream().map(Gemeente::cbsCode).toList());
    }
  }

  /** Contracts filtered on provider, a product they cover, a municipality, and a day they are in force. */
  public Pagina<ContractGegevens> zoek(
      String aanbiederAgbCode,
      String productCode,
      String gemeenteCode,
      LocalDate datum,
      Optional<AgbCode> alleen,
      int pagina,
      int grootte) {
    return new Zoekvraag("Contract x")
        .filter("x.aanbieder.agbCode = :agb", "agb", aanbiederAgbCode)
        .filter("x.aanbieder.agbCode = :eigen", "eigen", alleen.map(AgbCode::waarde).orElse(null))
        .filter(
            "exists (select p from Contract c join c.producten p where c = x and p.code = :product)",
            "product",
            productCode == null ? null : productCode.toUpperCase(java.util.Locale.ROOT))
        .filter(
            "exists (select g from Contract c join c.gemeenten g where c = x and g.cbsCode = :gemeente)",
            "gemeente",
            gemeenteCode)
        .filter(
            "x.ingangsdatum <= :datum and (x.einddatum is null or x.einddatum >= :datum)", "datum", datum)
        .pagina(em, Contract.class, "x.nummer", pagina, grootte, ContractGegevens::van);
  }

  public ContractGegevens haal(String nummer, Optional<AgbCode> alleen) {
    Contract c = vind(nummer);
    if (alleen.isPresent() && !alleen.get().equals(c.aanbieder().agbCode())) {
      throw new NietGevondenException("Er is geen contract met nummer " + nummer + ".");
    }
    return ContractGegevens.van(c);
  }

  public ContractGegevens maak(ContractGegevens invoer) {
    Validatie v = new Validatie();
    Optional<String> nummer = v.waarde("nummer", invoer.nummer(), ContractBeheer::contractnummer);
    Optional<Aanbieder> aanbieder =
        v.waarde("aanbiederAgbCode", invoer.aanbiederAgbCode(), AgbCode::new)
            .flatMap(agb -> bestaandeAanbieder(v, agb));
    Inhoud inhoud = inhoud(v, invoer);
    v.controleer();
    if (zoekOpNummer(nummer.get()).isPresent()) {
      throw new ConflictException("nummer", "Er is al een contract met nummer " + nummer.get() + ".");
    }
    Contract contract = new Contract(nummer.get(), aanbieder.get());
    contract.wijzig(inhoud.omschrijving, inhoud.periode, inhoud.producten, inhoud.gemeenten);
    controleerGeenDubbeleDekking(contract);
    em.persist(contract);
    em.flush();
    ContractGegevens nieuw = ContractGegevens.van(contract);
    audit.aangemaakt(ENTITEIT, nieuw.nummer(), nieuw);
    return nieuw;
  }

  public ContractGegevens wijzig(String nummer, ContractGegevens invoer) {
    Contract contract = vind(nummer);
    Validatie v = new Validatie();
    if (invoer.nummer() != null && !invoer.nummer().equals(nummer)) {
      v.fout("nummer", "het nummer van een contract kan niet wijzigen");
    }
    if (invoer.aanbiederAgbCode() != null
        && !invoer.aanbiederAgbCode().equals(contract.aanbieder().agbCode().waarde())) {
      v.fout("aanbiederAgbCode", "een contract gaat niet over naar een andere aanbieder; maak een nieuw contract");
    }
    Inhoud inhoud = inhoud(v, invoer);
    v.controleer();
    ContractGegevens oud = ContractGegevens.van(contract);
    contract.wijzig(inhoud.omschrijving, inhoud.periode, inhoud.producten, inhoud.gemeenten);
    controleerGeenDubbeleDekking(contract);
    ContractGegevens nieuw = ContractGegevens.van(contract);
    if (!nieuw.equals(oud)) {
      audit.gewijzigd(ENTITEIT, nummer, oud, nieuw);
    }
    return nieuw;
  }

  /** The provider's contract that covers {@code product} on {@code datum}, if any. */
  Optional<Contract> dekkendContract(Aanbieder aanbieder, Product product, LocalDate datum) {
    return em.createQuery(
            "select c from Contract c join c.producten p where c.aanbieder = :a and p = :p"
                + " and c.ingangsdatum <= :d and (c.einddatum is null or c.einddatum >= :d)",
            Contract.class)
        .setParameter("a", aanbieder)
        .setParameter("p", product)
        .setParameter("d", datum)
        .getResultStream()
        .findFirst();
  }

  /** The periods in which the provider has a contract covering {@code product} for residents of {@code gemeente}. */
  public List<Periode> dekking(Aanbieder aanbieder, Product product, Gemeente gemeente) {
    return em.createQuery(
            "select c from Contract c join c.producten p join c.gemeenten g where c.aanbieder = :a and p = :p and g = :g",
            Contract.class)
        .setParameter("a", aanbieder)
        .setParameter("p", product)
        .setParameter("g", gemeente)
        .getResultStream()
        .map(Contract::periode)
        .toList();
  }

  private void controleerGeenDubbeleDekking(Contract contract) {
    List<Contract> anderen =
        em.createQuery("select c from Contract c where c.aanbieder = :a and c.nummer <> :zelf", Contract.class)
            .setParameter("a", contract.aanbieder())
            .setParameter("zelf", contract.nummer())
            .getResultList();
    for (Contract ander : anderen) {
      if (!ander.periode().overlapt(contract.periode())) {
        continue;
      }
      for (Product p : contract.producten()) {
        if (ander.dekt(p)) {
          throw new ConflictException(
              "productCodes",
              "Product "
                  + p.code()
                  + " valt in deze periode al onder contract "
                  + ander.nummer()
                  + " ("
                  + ander.periode()
                  + ") van dezelfde aanbieder.");
        }
      }
    }
  }

  private record Inhoud(String omschrijving, Periode periode, Set<Product> producten, Set<Gemeente> gemeenten) {}

  private Inhoud inhoud(Validatie v, ContractGegevens invoer) {
    Optional<String> omschrijving = v.tekst("omschrijving", invoer.omschrijving(), 500);
    v.verplicht("ingangsdatum", invoer.ingangsdatum());
    v.periode("einddatum", invoer.ingangsdatum(), invoer.einddatum());
    Set<Product> gekozen = new LinkedHashSet<>();
    if (invoer.productCodes() == null || invoer.productCodes().isEmpty()) {
      v.fout("productCodes", "een contract dekt ten minste één product");
    } else {
      for (int i = 0; i < invoer.productCodes().size(); i++) {
        String code = invoer.productCodes().get(i);
        Optional<Product> p = code == null ? Optional.empty() : producten.zoekOpCode(code);
        if (p.isEmpty()) {
          v.fout("productCodes[" + i + "]", "onbekend product: " + code);
        } else if (!gekozen.add(p.get())) {
          v.fout("productCodes[" + i + "]", "product " + code + " staat er twee keer in");
        }
      }
    }
    Set<Gemeente> gemeenten = new LinkedHashSet<>();
    if (invoer.gemeenteCodes() == null || invoer.gemeenteCodes().isEmpty()) {
      regio.gemeenten().forEach(g -> gemeenten.add(regio.gemeente(g.cbsCode()).orElseThrow()));
    } else {
      for (int i = 0; i < invoer.gemeenteCodes().size(); i++) {
        String veld = "gemeenteCodes[" + i + "]";
        v.waarde(veld, invoer.gemeenteCodes().get(i), nl.regio.wmo.domain.shared.GemeenteCode::new)
            .ifPresent(
                code ->
                    regio.gemeente(code.waarde())
                        .ifPresentOrElse(
                            gemeenten::add,
                            () -> v.fout(veld, "gemeente " + code + " hoort niet bij de regio")));
      }
    }
    if (!v.isGeldig()) {
      return null;
    }
    return new Inhoud(
        omschrijving.get(), Periode.inclusief(invoer.ingangsdatum(), invoer.einddatum()), gekozen, gemeenten);
  }

  private Optional<Aanbieder> bestaandeAanbieder(Validatie v, AgbCode agb) {
    Optional<Aanbieder> a = aanbieders.zoekOpAgb(agb.waarde());
    if (a.isEmpty()) {
      v.fout("aanbiederAgbCode", "er is geen aanbieder met AGB-code " + agb);
    }
    return a;
  }

  static String contractnummer(String nummer) {
    if (!nummer.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
      throw new IllegalArgumentException("contractnummer is 1 tot 40 letters, cijfers, punten, streepjes");
    }
    return nummer;
  }

  public boolean bestaatNummer(String nummer) {
    return zoekOpNummer(nummer).isPresent();
  }

  Contract vind(String nummer) {
    return zoekOpNummer(nummer)
        .orElseThrow(() -> new NietGevondenException("Er is geen contract met nummer " + nummer + "."));
  }

  Optional<Contract> zoekOpNummer(String nummer) {
    return em.createQuery("select c from Contract c where c.nummer = :n", Contract.class)
        .setParameter("n", nummer)
        .getResultStream()
        .findFirst();
  }
}
