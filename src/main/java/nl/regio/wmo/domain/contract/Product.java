package nl.regio.wmo.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A product of the regional product catalogue: iWmo category (WMO020) + our product code (≤ 5
 * characters) + unit (WJ756) + uitvoeringsvariant. A product priced per klasse (begeleiding
 * individueel, persoonlijke verzorging) has one tariff per klasse: a trajectbedrag per month.
 */
@Entity
@Table(name = "product")
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 5)
  private String code;

  @Column(nullable = false)
  private String naam;

  /** Stored as the WMO020 code ({@link CodeConverters}). */
  @Column(nullable = false, length = 2)
  @Convert(converter = CodeConverters.ProductcategorieConverter.class)
  private Productcategorie categorie;

  /** Stored as the WJ756 code ({@link CodeConverters}). */
  @Column(nullable = false, length = 2)
  @Convert(converter = CodeConverters.EenheidConverter.class)
  private Eenheid eenheid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Uitvoeringsvariant variant;

  @Column(name = "tarief_per_klasse", nullable = false)
  private boolean tariefPerKlasse;

  /** For a vervoer product: the dagbesteding product codes it may accompany, space-separated; null = any. */
  @Column(name = "vervoer_bij")
  private String vervoerBij;

  @Version private long versie;

  protected Product() {}

  public Product(
      String code,
      String naam,
      Productcategorie categorie,
      Eenheid eenheid,
      Uitvoeringsvariant variant,
      boolean tariefPerKlasse) {
    this.code = code;
    wijzig(naam, categorie, eenheid, variant, tariefPerKlasse);
  }

  public void wijzig(
      String naam,
      Productcategorie categorie,
      Eenheid eenheid,
      Uitvoeringsvariant variant,
      boolean tariefPerKlasse) {
    this.naam = naam;
    this.categorie = categorie;
    this.eenheid = eenheid;
    this.variant = variant;
    this.tariefPerKlasse = tariefPerKlasse;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String naam() {
    return naam;
  }

  public Productcategorie categorie() {
    return categorie;
  }

  public Eenheid eenheid() {
    return eenheid;
  }

  public Uitvoeringsvariant variant() {
    return variant;
  }

  public boolean tariefPerKlasse() {
    return tariefPerKlasse;
  }

  /** The dagbesteding products this vervoer product may accompany (empty: any dagbesteding). */
  public java.util.List<String> vervoerBij() {
    return vervoerBij == null || vervoerBij.isBlank() ? java.util.List.of() : java.util.List.of(vervoerBij.trim().split("\\s+"));
  }

  public void wijzigVervoerBij(java.util.List<String> codes) {
    this.vervoerBij = codes == null || codes.isEmpty() ? null : String.join(" ", codes);
  }
}
