package nl.regio.wmo.interfaces.web.contractbeheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.ProductBeheer;
import nl.regio.wmo.application.ProductBeheer.ProductGegevens;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.contract.Uitvoeringsvariant;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/**
 * Contract management: the regional product catalogue (iWmo category WMO020, unit WJ756, variant, priced per klasse,
 * the dagbesteding a vervoer product belongs to), a page at a time, and a product created or changed. ProductBeheer
 * decides (S-TRAJECT: per klasse only output-based in euros; S-VERVOER: vervoer only with dagbesteding), as for the API.
 */
@Named
@ViewScoped
public class Producten implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductBeheer beheer;

  private String zoekCategorie;
  private String zoekEenheid;
  private String zoekNaam;
  private final LazyDataModel<ProductGegevens> model = new PaginaModel<>(this::zoek, ProductGegevens::code);

  /** The code of the product being changed; null while a new one is entered. */
  private String bewerkt;
  private String code;
  private String naam;
  private String categorie;
  private String eenheid;
  private String uitvoeringsvariant = Uitvoeringsvariant.INSPANNINGSGERICHT.name();
  private boolean tariefPerKlasse;
  private String vervoerBij;

  /** A choice in a list: its code and the words shown. */
  public record Keuze(String code, String tekst) implements Serializable {}

  private Pagina<ProductGegevens> zoek(int pagina, int grootte, String sorteer, boolean oplopend) {
    return beheer.zoek(Invoer.tekst(zoekCategorie), Invoer.tekst(zoekEenheid), Invoer.tekst(zoekNaam), pagina, grootte);
  }

  public void nieuw() {
    bewerkt = null;
    code = null;
    naam = null;
    categorie = null;
    eenheid = null;
    uitvoeringsvariant = Uitvoeringsvariant.INSPANNINGSGERICHT.name();
    tariefPerKlasse = false;
    vervoerBij = null;
  }

  public void bewerk(ProductGegevens p) {
    bewerkt = p.code();
    code = p.code();
    naam = p.naam();
    categorie = p.categorie();
    eenheid = p.eenheid();
    uitvoeringsvariant = p.uitvoeringsvariant();
    tariefPerKlasse = Boolean.TRUE.equals(p.tariefPerKlasse());
    vervoerBij = String.join(", ", p.vervoerBij());
  }

  public void bewaar() {
    try {
      ProductGegevens invoer = new ProductGegevens(null, Invoer.tekst(code), Invoer.tekst(naam), Invoer.tekst(categorie), null,
          Invoer.tekst(eenheid), null, Invoer.tekst(uitvoeringsvariant), tariefPerKlasse, Lijsten.codes(vervoerBij));
      ProductGegevens nieuw = bewerkt == null ? beheer.maak(invoer) : beheer.wijzig(bewerkt, invoer);
      Meldingen.info("Product " + nieuw.code() + " (" + nieuw.naam() + ") is " + (bewerkt == null ? "toegevoegd" : "gewijzigd") + ": "
          + nieuw.categorieOmschrijving() + ", per " + nieuw.eenheidOmschrijving()
          + (Boolean.TRUE.equals(nieuw.tariefPerKlasse()) ? ", trajectbedrag per klasse" : "") + ".");
      bewerk(nieuw);
      zoekNaam = nieuw.naam();
      zoekCategorie = null;
      zoekEenheid = null;
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "product")) {
        throw e;
      }
    }
  }

  public List<Keuze> getCategorieen() {
    return Arrays.stream(Productcategorie.values()).map(c -> new Keuze(c.code(), c.code() + " " + c.omschrijving())).toList();
  }

  public List<Keuze> getEenheden() {
    return Arrays.stream(Eenheid.values()).map(e -> new Keuze(e.code(), e.code() + " " + e.omschrijving())).toList();
  }

  public List<String> getVarianten() {
    return Arrays.stream(Uitvoeringsvariant.values()).map(Enum::name).toList();
  }

  public LazyDataModel<ProductGegevens> getModel() {
    return model;
  }

  public boolean isNieuw() {
    return bewerkt == null;
  }

  public String getBewerkt() {
    return bewerkt;
  }

  public String getZoekCategorie() {
    return zoekCategorie;
  }

  public void setZoekCategorie(String zoekCategorie) {
    this.zoekCategorie = zoekCategorie;
  }

  public String getZoekEenheid() {
    return zoekEenheid;
  }

  public void setZoekEenheid(String zoekEenheid) {
    this.zoekEenheid = zoekEenheid;
  }

  public String getZoekNaam() {
    return zoekNaam;
  }

  public void setZoekNaam(String zoekNaam) {
    this.zoekNaam = zoekNaam;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public String getCategorie() {
    return categorie;
  }

  public void setCategorie(String categorie) {
    this.categorie = categorie;
  }

  public String getEenheid() {
    return eenheid;
  }

  public void setEenheid(String eenheid) {
    this.eenheid = eenheid;
  }

  public String getUitvoeringsvariant() {
    return uitvoeringsvariant;
  }

  public void setUitvoeringsvariant(String uitvoeringsvariant) {
    this.uitvoeringsvariant = uitvoeringsvariant;
  }

  public boolean isTariefPerKlasse() {
    return tariefPerKlasse;
  }

  public void setTariefPerKlasse(boolean tariefPerKlasse) {
    this.tariefPerKlasse = tariefPerKlasse;
  }

  public String getVervoerBij() {
    return vervoerBij;
  }

  public void setVervoerBij(String vervoerBij) {
    this.vervoerBij = vervoerBij;
  }
}
