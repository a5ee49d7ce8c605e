package nl.regio.wmo.interfaces.web.contractbeheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.regio.wmo.application.AanbiederBeheer;
import nl.regio.wmo.application.AanbiederBeheer.AanbiederGegevens;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/**
 * Contract management: the providers, a page at a time (search on name or AGB code), and a provider created or
 * changed (name, IBAN). AanbiederBeheer checks the AGB code, the IBAN (with its check digits) and duplicates, as for
 * the API; its refusals are shown at the field.
 */
@Named
@ViewScoped
public class Aanbieders implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AanbiederBeheer beheer;
  @Inject transient HuidigeGebruiker gebruiker;

  private String zoekNaam;
  private String zoekAgb;
  private final LazyDataModel<AanbiederGegevens> model = new PaginaModel<>(this::zoek, AanbiederGegevens::agbCode);

  /** The AGB code of the provider being changed; null while a new one is entered. */
  private String bewerkt;
  private String agbCode;
  private String naam;
  private String iban;

  private Pagina<AanbiederGegevens> zoek(int pagina, int grootte, String sorteer, boolean oplopend) {
    return beheer.zoek(Invoer.tekst(zoekNaam), Invoer.tekst(zoekAgb), gebruiker.beperktTotAanbieder(), pagina, grootte);
  }

  public void nieuw() {
    bewerkt = null;
    agbCode = null;
    naam = null;
    iban = null;
  }

  public void bewerk(AanbiederGegevens a) {
    bewerkt = a.agbCode();
    agbCode = a.agbCode();
    naam = a.naam();
    iban = a.iban();
  }

  public void bewaar() {
    try {
      AanbiederGegevens invoer = new AanbiederGegevens(null, Invoer.tekst(agbCode), Invoer.tekst(naam), Invoer.tekst(iban));
      if (bewerkt == null) {
        AanbiederGegevens nieuw = beheer.maak(invoer);
        Meldingen.info("Aanbieder " + nieuw.agbCode() + " (" + nieuw.naam() + ") is toegevoegd.");
        bewerk(nieuw);
      } else {
        AanbiederGegevens nieuw = beheer.wijzig(bewerkt, invoer);
        Meldingen.info("Aanbieder " + nieuw.agbCode() + " is gewijzigd: " + nieuw.naam() + ", IBAN " + nieuw.iban() + ".");
        bewerk(nieuw);
      }
      zoekAgb = bewerkt;
      zoekNaam = null;
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "aanbieder")) {
        throw e;
      }
    }
  }

  public LazyDataModel<AanbiederGegevens> getModel() {
    return model;
  }

  public boolean isNieuw() {
    return bewerkt == null;
  }

  public String getBewerkt() {
    return bewerkt;
  }

  public String getZoekNaam() {
    return zoekNaam;
  }

  public void setZoekNaam(String zoekNaam) {
    this.zoekNaam = zoekNaam;
  }

  public String getZoekAgb() {
    return zoekAgb;
  }

  public void setZoekAgb(String zoekAgb) {
    this.zoekAgb = zoekAgb;
  }

  public String getAgbCode() {
    return agbCode;
  }

  public void setAgbCode(String agbCode) {
    this.agbCode = agbCode;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }
}
