package nl.regio.wmo.application.afrekening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.sepa.Betaalopdracht;
import nl.regio.wmo.application.sepa.Betaling;
import nl.regio.wmo.application.sepa.Pain001Schrijver;
import nl.regio.wmo.application.sepa.Rekeninghouder;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.infrastructure.config.ConfigBestanden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a run produces for others: the ledger journal, the payment file and the reports. */
@ApplicationScoped
public class AfrekeningUitvoer {

  @Inject AfrekeningBeheer beheer;
  @Inject RegioGegevens regio;
  @Inject ConfigBestanden config;
  @Inject Pain001Schrijver pain001;

  @Inject
  @ConfigProperty(name = "wmo.betaler.naam")
  String betalerNaam;

  @Inject
  @ConfigProperty(name = "wmo.betaler.iban")
  String betalerIban;

  @Inject
  @ConfigProperty(name = "wmo.betaler.bic", defaultValue = "")
  Optional<String> betalerBic;

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /**
   * The SEPA credit transfer (pain.001.001.09) of an approved or paid run: one payment per provider with a positive
   * total, to the IBAN the run recorded. The same run and execution date give the same bytes (the file's time is the
   * approval's). Execution date: as asked, else the first working day after the approval.
   */
  public byte[] sepa(long id, LocalDate gevraagdeUitvoerdatum) {
    Afrekening run = beheer.haal(id, Optional.empty());
    if (!run.status().equals("GOEDGEKEURD") && !run.status().equals("BETAALD")) {
      throw new ConflictException("status", "AF-VIEROGEN: een betaalbestand is er pas na goedkeuring door een tweede medewerker"
          + " (afrekening " + id + " is " + run.status() + ")");
    }
    LocalDateTime aangemaakt = run.goedgekeurdOp().atZoneSameInstant(NL).toLocalDateTime().withNano(0);
    LocalDate uitvoerdatum = gevraagdeUitvoerdatum != null ? gevraagdeUitvoerdatum : werkdagNa(aangemaakt.toLocalDate());
    List<Betaling> betalingen = run.aanbieders().stream().filter(a -> a.totaalCent() > 0)
        .map(a -> new Betaling("AFR" + id + "-" + a.agbCode(), a.naam(), a.iban(), null, a.totaalCent(),
            "Wmo afrekening " + run.maand() + " run " + id + " AGB " + a.agbCode()))
        .toList();
    if (betalingen.isEmpty()) {
      throw new ConflictException("afrekening", "afrekening " + id + " betaalt niemand (totaal " + run.totaalCent() + " cent): geen betaalbestand");
    }
    Rekeninghouder betaler = new Rekeninghouder(betalerNaam, betalerIban, betalerBic.filter(b -> !b.isBlank()).orElse(null));
    return pain001.schrijf(new Betaalopdracht("WMO-AFR-" + id, aangemaakt, uitvoerdatum, betaler, betalingen));
  }

  static LocalDate werkdagNa(LocalDate dag) {
    LocalDate d = dag.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  public byte[] journaal(long id) {
    Afrekening run = beheer.haal(id, Optional.empty());
    Map<String, String> namen = regio.gemeenten().stream()
        .collect(Collectors.toMap(RegioGegevens.GemeenteGegevens::cbsCode, RegioGegevens.GemeenteGegevens::naam));
    Map<String, Journaal.Rekening> rekeningen = new TreeMap<>();
    config.csv("regio/grootboek.csv").forEach(r -> rekeningen.put(r.get("categorie"), new Journaal.Rekening(r.get("rekening"), r.get("omschrijving"))));
    return Journaal.csv(run, namen, rekeningen);
  }
}
