package nl.regio.wmo.interfaces.web.consulent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.regio.wmo.application.ClientBeheer;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.RegioGegevens.GemeenteGegevens;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Invoer;
import nl.regio.wmo.interfaces.web.Meldingen;
import nl.regio.wmo.interfaces.web.PaginaModel;
import org.primefaces.model.LazyDataModel;

/**
 * The consulent's clients: a lazy list searched on (part of) the surname, a new client and a change of one's data. The
 * BSN is checked with the 11-proef (CS002) by ClientBeheer while it is typed and again when stored, the refusal at the
 * field; it is shown in full or masked as ClientBeheer decides for the caller's role (as the API), and cannot change.
 */
@Named
@ViewScoped
public class Clienten implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientBeheer beheer;
  @Inject transient RegioGegevens regio;
  @Inject transient HuidigeGebruiker gebruiker;

  private String zoekNaam;
  private final LazyDataModel<ClientGegevens> model =
      new PaginaModel<>((pagina, grootte, sorteer, oplopend) -> beheer.zoek(Invoer.tekst(zoekNaam), null, gebruiker.zietVolledigeBsn(), pagina, grootte),
          ClientGegevens::id);

  // the form: a new client (id null) or the one being changed
  private Long id;
  private String bsn;
  private String achternaam;
  private String voorvoegsel;
  private String voorletters;
  private String geboortedatum;
  private String geslacht = "0";
  private String gemeenteCode;
  private String postcode;
  private String huisnummer;
  private ClientGegevens opgeslagen;

  /** CS002 while typing: the same check as storing, at the field. */
  public void toetsBsn() {
    if (id == null && Invoer.tekst(bsn) != null) {
      beheer.toetsBsn(bsn.trim()).ifPresent(f ->
          FacesContext.getCurrentInstance().addMessage("client:bsn", Meldingen.fout(f.veld() + ": " + f.melding())));
    }
  }

  public void nieuw() {
    vul(null);
  }

  public void bewerk(ClientGegevens c) {
    vul(c);
  }

  private void vul(ClientGegevens c) {
    id = c == null ? null : c.id();
    bsn = c == null ? null : c.bsn();
    achternaam = c == null ? null : c.achternaam();
    voorvoegsel = c == null ? null : c.voorvoegsel();
    voorletters = c == null ? null : c.voorletters();
    geboortedatum = c == null || c.geboortedatum() == null ? null : c.geboortedatum().toString();
    geslacht = c == null ? "0" : c.geslacht();
    gemeenteCode = c == null ? null : c.gemeenteCode();
    postcode = c == null ? null : c.postcode();
    huisnummer = c == null || c.huisnummer() == null ? null : String.valueOf(c.huisnummer());
    opgeslagen = null;
  }

  public void opslaan() {
    try {
      ClientGegevens invoer = new ClientGegevens(id, id == null ? Invoer.tekst(bsn) : null, Invoer.tekst(achternaam), Invoer.tekst(voorvoegsel),
          Invoer.tekst(voorletters), Invoer.datum("geboortedatum", geboortedatum), Invoer.tekst(geslacht), Invoer.tekst(gemeenteCode),
          Invoer.tekst(postcode), Invoer.geheel("huisnummer", huisnummer));
      opgeslagen = id == null ? beheer.maak(invoer) : beheer.wijzig(id, invoer);
      Meldingen.info("Cliënt " + opgeslagen.id() + " (" + opgeslagen.achternaam() + ") is " + (id == null ? "vastgelegd." : "gewijzigd."));
      vul(opgeslagen);
      opgeslagen = beheer.haal(id, gebruiker.zietVolledigeBsn());
      zoekNaam = opgeslagen.achternaam();
    } catch (RuntimeException e) {
      if (!Meldingen.toon(e, "client")) {
        throw e;
      }
    }
  }

  public List<GemeenteGegevens> getGemeenten() {
    return regio.gemeenten();
  }

  public LazyDataModel<ClientGegevens> getModel() {
    return model;
  }

  public boolean isNieuw() {
    return id == null;
  }

  public ClientGegevens getOpgeslagen() {
    return opgeslagen;
  }

  public String getZoekNaam() {
    return zoekNaam;
  }

  public void setZoekNaam(String zoekNaam) {
    this.zoekNaam = zoekNaam;
  }

  public Long getId() {
    return id;
  }

  public String getBsn() {
    return bsn;
  }

  public void setBsn(String bsn) {
    this.bsn = bsn;
  }

  public String getAchternaam() {
    return achternaam;
  }

  public void setAchternaam(String achternaam) {
    this.achternaam = achternaam;
  }

  public String getVoorvoegsel() {
    return voorvoegsel;
  }

  public void setVoorvoegsel(String voorvoegsel) {
    this.voorvoegsel = voorvoegsel;
  }

  public String getVoorletters() {
    return voorletters;
  }

  public void setVoorletters(String voorletters) {
    this.voorletters = voorletters;
  }

  public String getGeboortedatum() {
    return geboortedatum;
  }

  public void setGeboortedatum(String geboortedatum) {
    this.geboortedatum = geboortedatum;
  }

  public String getGeslacht() {
    return geslacht;
  }

  public void setGeslacht(String geslacht) {
    this.geslacht = geslacht;
  }

  public String getGemeenteCode() {
    return gemeenteCode;
  }

  public void setGemeenteCode(String gemeenteCode) {
    this.gemeenteCode = gemeenteCode;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getHuisnummer() {
    return huisnummer;
  }

  public void setHuisnummer(String huisnummer) {
    this.huisnummer = huisnummer;
  }
}
