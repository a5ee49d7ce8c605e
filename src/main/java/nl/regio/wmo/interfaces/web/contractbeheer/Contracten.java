package nl.regio.wmo.interfaces.web.contractbeheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.regio.wmo.application.ContractBeheer;
import nl.regio.wmo.application.ContractBeheer.ContractGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.RegioGegevens.GemeenteGegevens;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/**
 * Contract management: the contracts (deelovereenkomsten) a page at a time, filtered on provider, product and a day in
 * force, and a contract created or changed: its provider, period, products and municipalities. ContractBeheer decides
 * (known provider and products, a product under one contract of a provider at a time), as for the API.
 */
@Named
@ViewScoped
public class Contracten implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContractBeheer beheer;
  @Inject transient RegioGegevens regio;
  @Inject transient HuidigeGebruiker gebruiker;

  private String zoekAanbieder;
  private String zoekProduct;
  private String zoekDatum;
  private final LazyDataModel<ContractGegevens> model = new PaginaModel<>(this::zoek, ContractGegevens::nummer);

  /** The number of the contract being changed; null while a new one is entered. */
  private String bewerkt;
  private String nummer;
  private String aanbiederAgbCode;
  private String omschrijving;
  private String ingangsdatum;
  private String einddatum;
  private String productCodes;
  private String gemeenteCodes;

  /** The day the search asks for, read when the search button is pressed (a wrong date is refused at the field once). */
  private LocalDate datum;

  private Pagina<ContractGegevens> zoek(int pagina, int grootte, String sorteer, boolean oplopend) {
    return beheer.zoek(Invoer.tekst(zoekAanbieder), Invoer.tekst(zoekProduct), null, datum, gebruiker.beperktTotAanbieder(), pagina, grootte);
  }

  public void zoek() {
    try {
      datum = Invoer.datum("zoekDatum", zoekDatum);
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "overzicht")) {
        throw e;
      }
      datum = null;
    }
  }

  public void nieuw() {
    bewerkt = null;
    nummer = null;
    aanbiederAgbCode = null;
    omschrijving = null;
    ingangsdatum = null;
    einddatum = null;
    productCodes = null;
    gemeenteCodes = null;
  }

  public void bewerk(ContractGegevens c) {
    bewerkt = c.nummer();
    nummer = c.nummer();
    aanbiederAgbCode = c.aanbiederAgbCode();
    omschrijving = c.omschrijving();
    ingangsdatum = c.ingangsdatum() == null ? null : c.ingangsdatum().toString();
    einddatum = c.einddatum() == null ? null : c.einddatum().toString();
    productCodes = String.join(", ", c.productCodes());
    gemeenteCodes = String.join(", ", c.gemeenteCodes());
  }

  public void bewaar() {
    try {
      ContractGegevens invoer = new ContractGegevens(null, Invoer.tekst(nummer), Invoer.tekst(aanbiederAgbCode), null, Invoer.tekst(omschrijving),
          Invoer.datum("ingangsdatum", ingangsdatum), Invoer.datum("einddatum", einddatum), Lijsten.codes(productCodes),
          Lijsten.codes(gemeenteCodes));
      ContractGegevens nieuw = bewerkt == null ? beheer.maak(invoer) : beheer.wijzig(bewerkt, invoer);
      Meldingen.info("Contract " + nieuw.nummer() + " van " + nieuw.aanbiederNaam() + " (" + nieuw.aanbiederAgbCode() + ") is "
          + (bewerkt == null ? "toegevoegd" : "gewijzigd") + ": vanaf " + nieuw.ingangsdatum()
          + (nieuw.einddatum() == null ? ", zonder einddatum" : " tot en met " + nieuw.einddatum()) + "; producten "
          + String.join(", ", nieuw.productCodes()) + "; gemeenten " + String.join(", ", nieuw.gemeenteCodes()) + ".");
      bewerk(nieuw);
      zoekAanbieder = nieuw.aanbiederAgbCode();
      zoekProduct = null;
      zoekDatum = null;
      datum = null;
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "contract")) {
        throw e;
      }
    }
  }

  /** The region's municipalities, as a hint beside the field (empty field: all of them). */
  public List<GemeenteGegevens> getGemeenten() {
    return regio.gemeenten();
  }

  public LazyDataModel<ContractGegevens> getModel() {
    return model;
  }

  public boolean isNieuw() {
    return bewerkt == null;
  }

  public String getBewerkt() {
    return bewerkt;
  }

  public String getZoekAanbieder() {
    return zoekAanbieder;
  }

  public void setZoekAanbieder(String zoekAanbieder) {
    this.zoekAanbieder = zoekAanbieder;
  }

  public String getZoekProduct() {
    return zoekProduct;
  }

  public void setZoekProduct(String zoekProduct) {
    this.zoekProduct = zoekProduct;
  }

  public String getZoekDatum() {
    return zoekDatum;
  }

  public void setZoekDatum(String zoekDatum) {
    this.zoekDatum = zoekDatum;
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }

  public String getAanbiederAgbCode() {
    return aanbiederAgbCode;
  }

  public void setAanbiederAgbCode(String aanbiederAgbCode) {
    this.aanbiederAgbCode = aanbiederAgbCode;
  }

  public String getOmschrijving() {
    return omschrijving;
  }

  public void setOmschrijving(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String getIngangsdatum() {
    return ingangsdatum;
  }

  public void setIngangsdatum(String ingangsdatum) {
    this.ingangsdatum = ingangsdatum;
  }

  public String getEinddatum() {
    return einddatum;
  }

  public void setEinddatum(String einddatum) {
    this.einddatum = einddatum;
  }

  public String getProductCodes() {
    return productCodes;
  }

  public void setProductCodes(String productCodes) {
    this.productCodes = productCodes;
  }

  public String getGemeenteCodes() {
    return gemeenteCodes;
  }

  public void setGemeenteCodes(String gemeenteCodes) {
    this.gemeenteCodes = gemeenteCodes;
  }
}
