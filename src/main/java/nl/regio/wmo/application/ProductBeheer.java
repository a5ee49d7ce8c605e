package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.contract.Uitvoeringsvariant;

/** The regional product catalogue: iWmo category + our code + unit + variant. Changes are audited. */
@ApplicationScoped
@Transactional
public class ProductBeheer {

  static final String ENTITEIT = "product";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** A product as the API shows and takes it; codes are the iWmo codes (WMO020, WJ756). */
  public record ProductGegevens(
      Long id,
      String code,
      String naam,
      String categorie,
      String categorieOmschrijving,
      String eenheid,
      String eenheidOmschrijving,
      String uitvoeringsvariant,
      Boolean tariefPerKlasse,
      List<String> vervoerBij) {
    static ProductGegevens van(Product p) {
      return new ProductGegevens(
          p.id(),
          p.code(),
          p.naam(),
          p.categorie().code(),
          p.categorie().omschrijving(),
          p.eenheid().code(),
          p.eenheid().omschrijving(),
          p.variant().name(),
          p.tariefPerKlasse(),
          p.vervoerBij());
    }
  }

  public Pagina<ProductGegevens> zoek(String categorie, String eenheid, String naam, int pagina, int grootte) {
    return new Zoekvraag("Product x")
        .filter("x.categorie = :categorie", "categorie", categorie == null ? null : categorie(categorie))
        .filter("x.eenheid = :eenheid", "eenheid", eenheid == null ? null : eenheid(eenheid))
        .filter("lower(x.naam) like :naam", "naam", naam == null ? null : "%" + naam.toLowerCase() + "%")
        .pagina(em, Product.class, "x.code", pagina, grootte, ProductGegevens::van);
  }

  public ProductGegevens haal(String code) {
    return ProductGegevens.van(vind(code));
  }

  public boolean bestaat(String code) {
    return zoekOpCode(code).isPresent();
  }

  public ProductGegevens maak(ProductGegevens invoer) {
    Validatie v = new Validatie();
    Optional<String> code = v.waarde("code", invoer.code(), ProductBeheer::productcode);
    Kenmerken k = kenmerken(v, invoer);
    v.controleer();
    if (zoekOpCode(code.get()).isPresent()) {
      throw new ConflictException("code", "Er is al een product met code " + code.get() + ".");
    }
    Product product = new Product(code.get(), k.naam, k.categorie, k.eenheid, k.variant, k.perKlasse);
    product.wijzigVervoerBij(k.vervoerBij);
    em.persist(product);
    em.flush();
    ProductGegevens nieuw = ProductGegevens.van(product);
    audit.aangemaakt(ENTITEIT, nieuw.code(), nieuw);
    return nieuw;
  }

  public ProductGegevens wijzig(String code, ProductGegevens invoer) {
    Product product = vind(code);
    Validatie v = new Validatie();
    if (invoer.code() != null && !invoer.code().equals(code)) {
      v.fout("code", "de code van een product kan niet wijzigen");
    }
    Kenmerken k = kenmerken(v, invoer);
    v.controleer();
    ProductGegevens oud = ProductGegevens.van(product);
    if (k.perKlasse != product.tariefPerKlasse() && heeftTarieven(product)) {
      throw new ConflictException(
          "tariefPerKlasse", "Product " + code + " heeft al tarieven; of het per klasse geprijsd wordt kan niet meer wijzigen.");
    }
    product.wijzig(k.naam, k.categorie, k.eenheid, k.variant, k.perKlasse);
    product.wijzigVervoerBij(k.vervoerBij);
    ProductGegevens nieuw = ProductGegevens.van(product);
    if (!nieuw.equals(oud)) {
      audit.gewijzigd(ENTITEIT, code, oud, nieuw);
    }
    return nieuw;
  }

  private boolean heeftTarieven(Product product) {
    return em.createQuery("select count(t) from Tarief t where t.product = :p", Long.class)
            .setParameter("p", product)
            .getSingleResult()
        > 0;
  }

  private record Kenmerken(
      String naam, Productcategorie categorie, Eenheid eenheid, Uitvoeringsvariant variant, boolean perKlasse, List<String> vervoerBij) {}

  private Kenmerken kenmerken(Validatie v, ProductGegevens invoer) {
    Optional<String> naam = v.tekst("naam", invoer.naam(), 200);
    Optional<Productcategorie> categorie = v.waarde("categorie", invoer.categorie(), ProductBeheer::categorie);
    Optional<Eenheid> eenheid = v.waarde("eenheid", invoer.eenheid(), ProductBeheer::eenheid);
    Optional<Uitvoeringsvariant> variant =
        v.waarde("uitvoeringsvariant", invoer.uitvoeringsvariant(), ProductBeheer::variant);
    boolean perKlasse = Boolean.TRUE.equals(invoer.tariefPerKlasse());
    if (perKlasse && variant.isPresent() && variant.get() != Uitvoeringsvariant.OUTPUTGERICHT) {
      v.fout("tariefPerKlasse", "S-TRAJECT: een trajectbedrag per klasse hoort bij een outputgericht product");
    }
    if (perKlasse && eenheid.isPresent() && eenheid.get() != Eenheid.EURO) {
      v.fout("eenheid", "S-TRAJECT: een product met een trajectbedrag per klasse wordt in euro's (83) uitgedrukt");
    }
    List<String> vervoerBij = invoer.vervoerBij() == null ? List.of() : invoer.vervoerBij();
    if (!vervoerBij.isEmpty() && categorie.isPresent() && categorie.get() != Productcategorie.VERVOERDIENSTEN) {
      v.fout("vervoerBij", "S-VERVOER: alleen een vervoerproduct (categorie 08) noemt de dagbesteding waar het bij hoort");
    }
    for (int i = 0; i < vervoerBij.size(); i++) {
      String code = vervoerBij.get(i);
      Optional<Product> dagbesteding = code == null ? Optional.empty() : zoekOpCode(code);
      if (dagbesteding.isEmpty() || dagbesteding.get().categorie() != Productcategorie.DAGBESTEDING) {
        v.fout("vervoerBij[" + i + "]", "S-VERVOER: geen dagbestedingsproduct (categorie 07): " + code);
      }
    }
    return v.isGeldig()
        ? new Kenmerken(naam.get(), categorie.get(), eenheid.get(), variant.get(), perKlasse,
            vervoerBij.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList())
        : null;
  }

  static String productcode(String code) {
    if (!code.matches("[A-Za-z0-9]{1,5}")) {
      throw new IllegalArgumentException("productcode is 1 tot 5 letters of cijfers");
    }
    return code.toUpperCase(java.util.Locale.ROOT);
  }

  static Productcategorie categorie(String code) {
    return Productcategorie.vanCode(code)
        .orElseThrow(() -> new IllegalArgumentException("geen productcategorie van iWmo-codelijst WMO020: " + code));
  }

  static Eenheid eenheid(String code) {
    return Eenheid.vanCode(code)
        .orElseThrow(() -> new IllegalArgumentException("geen eenheid van iWmo-codelijst WJ756: " + code));
  }

  static Uitvoeringsvariant variant(String naam) {
    try {
      return Uitvoeringsvariant.valueOf(naam.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("uitvoeringsvariant is INSPANNINGSGERICHT of OUTPUTGERICHT");
    }
  }

  Product vind(String code) {
    return zoekOpCode(code).orElseThrow(() -> new NietGevondenException("Er is geen product met code " + code + "."));
  }

  Optional<Product> zoekOpCode(String code) {
    return em.createQuery("select p from Product p where p.code = :code", Product.class)
        .setParameter("code", code == null ? null : code.toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }
}
