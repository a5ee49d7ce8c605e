package nl.regio.wmo.interfaces.web.financien;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.afrekening.MaandOverzicht;
import nl.regio.wmo.application.afrekening.MaandOverzicht.Overzicht;
import nl.regio.wmo.application.afrekening.MaandOverzicht.Rij;
import nl.regio.wmo.interfaces.web.Meldingen;

/**
 * Finance's month overview: per month and per municipality × category expected, declared, accepted and settled
 * ({@link MaandOverzicht} computes it); a bar chart of the months with the table as its text alternative.
 */
@Named
@ViewScoped
public class MaandOverzichtScherm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MaandOverzicht service;
  @Inject transient RegioGegevens regio;
  @Inject transient Clock clock;

  private JaarEnGemeente filter;
  private Overzicht overzicht;

  @PostConstruct
  void start() {
    filter = new JaarEnGemeente(Year.now(clock).getValue(), regio.gemeenten());
    toon();
  }

  public void toon() {
    try {
      Integer j = filter.jaarWaarde();
      overzicht = service.overzicht(j == null ? Year.now(clock).getValue() : j, filter.gemeenteWaarde());
    } catch (RuntimeException e) {
      overzicht = null;
      if (!Meldingen.toon(e, "filter")) {
        throw e;
      }
    }
  }

  /** The Chart.js configuration: a group of four bars per month, amounts in euros (from cents, exact). */
  public String getGrafiek() {
    if (overzicht == null) {
      return "{}";
    }
    List<Rij> m = overzicht.maanden();
    String labels = m.stream().map(r -> "\"" + r.maand() + "\"").collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
        + reeks("Verwacht", "#1f5fa8", m, Rij::verwachtCent) + ","
        + reeks("Gedeclareerd", "#8a5a00", m, Rij::gedeclareerdCent) + ","
        + reeks("Geaccepteerd", "#2e7d32", m, Rij::geaccepteerdCent) + ","
        + reeks("Afgerekend", "#5b2a86", m, Rij::afgerekendCent) + "]},"
        + "\"options\":{\"responsive\":true,\"animation\":false,\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
  }

  private static String reeks(String naam, String kleur, List<Rij> maanden, ToLongFunction<Rij> bedrag) {
    return "{\"label\":\"" + naam + "\",\"backgroundColor\":\"" + kleur + "\",\"data\":["
        + maanden.stream().map(r -> BigDecimal.valueOf(bedrag.applyAsLong(r), 2).toPlainString()).collect(Collectors.joining(","))
        + "]}";
  }

  public JaarEnGemeente getFilter() {
    return filter;
  }

  public Overzicht getOverzicht() {
    return overzicht;
  }
}
