package nl.regio.wmo.interfaces.web.financien;

import java.io.Serializable;
import java.util.List;
import nl.regio.wmo.application.RegioGegevens.GemeenteGegevens;
import nl.regio.wmo.interfaces.web.Invoer;

/** The year and the (optional) municipality a finance page shows, with the region's municipalities to choose from. */
public class JaarEnGemeente implements Serializable {

  private static final long serialVersionUID = 1L;

  private String jaar;
  private String gemeente;
  private final List<GemeenteGegevens> gemeenten;

  JaarEnGemeente(int jaar, List<GemeenteGegevens> gemeenten) {
    this.jaar = String.valueOf(jaar);
    this.gemeenten = List.copyOf(gemeenten);
  }

  /** The year typed, or null when empty; refused at the field {@code jaar} when it is no whole number. */
  Integer jaarWaarde() {
    return Invoer.geheel("jaar", jaar);
  }

  /** The chosen municipality's CBS code, or null for the whole region. */
  String gemeenteWaarde() {
    return Invoer.tekst(gemeente);
  }

  String naamVan(String cbsCode) {
    return gemeenten.stream().filter(g -> g.cbsCode().equals(cbsCode)).map(GemeenteGegevens::naam).findFirst().orElse(cbsCode);
  }

  public String getJaar() {
    return jaar;
  }

  public void setJaar(String jaar) {
    this.jaar = jaar;
  }

  public String getGemeente() {
    return gemeente;
  }

  public void setGemeente(String gemeente) {
    this.gemeente = gemeente;
  }

  public List<GemeenteGegevens> getGemeenten() {
    return gemeenten;
  }
}
