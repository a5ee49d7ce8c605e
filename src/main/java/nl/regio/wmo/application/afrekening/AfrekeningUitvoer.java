package nl.regio.wmo.application.afrekening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.AanbiederTotaal;
import nl.regio.wmo.application.rapport.AanbiederAfrekening;
import nl.regio.wmo.application.rapport.AfrekeningRegelRij;
import nl.regio.wmo.application.rapport.AfwijzingRij;
import nl.regio.wmo.application.rapport.AfwijzingenOverzicht;
import nl.regio.wmo.application.rapport.GemeenteKostenRij;
import nl.regio.wmo.application.rapport.KostenPerGemeente;
import nl.regio.wmo.application.rapport.Rapport;
import nl.regio.wmo.application.rapport.VerwachtOverzicht;
import nl.regio.wmo.application.rapport.VerwachtRij;
import nl.regio.wmo.domain.declaratie.Retourcode;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.rapport.Formaat;
import nl.regio.wmo.infrastructure.rapport.RapportMaker;
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

/**
 * What a run produces for others: the ledger journal, the payment file and the reports (JasperReports, PDF and
 * XLSX). Reports are made from the run's frozen figures and lines, never from live totals.
 */
@ApplicationScoped
public class AfrekeningUitvoer {

  @Inject AfrekeningBeheer beheer;
  @Inject RegioGegevens regio;
  @Inject ConfigBestanden config;
  @Inject Pain001Schrijver pain001;
  @Inject RapportMaker rapporten;
  @Inject ToewijzingBeheer toewijzingen;

  /** A file to hand out: its bytes, media type and name. */
  public record Download(byte[] inhoud, String mediaType, String bestandsnaam) {}

  /** The provider's statement: its lines per client, corrections as such, BSN as the caller may see it. */
  public Download aanbiederRapport(long id, String agb, Formaat formaat, Optional<AgbCode> alleen, boolean volledigeBsn) {
    Afrekening run = beheer.haalVoorAanbieder(id, agb, alleen);
    AanbiederTotaal totaal = run.aanbieders().get(0);
    List<AfrekeningRegelRij> rijen = beheer.alleRegels(id, agb, alleen, volledigeBsn).stream()
        .map(r -> new AfrekeningRegelRij(r.bsn(), r.clientNaam(), r.toewijzingNummer(), r.productCode(), r.productNaam(), r.begindatum(),
            r.einddatum(), r.volume(), r.eenheid(), r.tariefCent(), r.bedragCent(), r.correctie(), r.referentieNummer(), r.declaratieNummer()))
        .toList();
    AanbiederAfrekening rapport = AanbiederAfrekening.van(id, run.maand(), run.status(), agb, totaal.naam(), totaal.iban(), rijen);
    if (rapport.totaalCent() != totaal.totaalCent()) {
      throw new IllegalStateException("afrekening " + id + ": regels van " + agb + " tellen op tot " + rapport.totaalCent()
          + ", de run zegt " + totaal.totaalCent());
    }
    return maak(rapport, formaat);
  }

  /** Charges per municipality × product category; the grand total is the run total. */
  public Download gemeentenRapport(long id, Formaat formaat) {
    Afrekening run = beheer.haal(id, Optional.empty());
    Map<String, String> namen = gemeenteNamen();
    List<GemeenteKostenRij> rijen = run.gemeenten().stream()
        .map(g -> new GemeenteKostenRij(g.gemeente(), namen.getOrDefault(g.gemeente(), g.gemeente()), g.categorie(), g.categorieNaam(),
            g.aantalRegels(), g.totaalCent()))
        .toList();
    KostenPerGemeente rapport = KostenPerGemeente.van(id, run.maand(), run.status(), rijen);
    if (rapport.totaalCent() != run.totaalCent()) {
      throw new IllegalStateException("afrekening " + id + ": kosten per gemeente " + rapport.totaalCent() + " ≠ run " + run.totaalCent());
    }
    return maak(rapport, formaat);
  }

  /**
   * Rejected lines of the declarations for the run's month, per provider and retourcode (the first, deciding code of
   * a line; a line rejected as a whole declaration counts under the declaration's code), count and amount declared.
   */
  public Download afwijzingenRapport(long id, Formaat formaat) {
    Afrekening run = beheer.haal(id, Optional.empty());
    Map<String, long[]> perSleutel = new TreeMap<>();
    Map<String, String> aanbieders = new TreeMap<>();
    beheer.metVerbinding(c -> {
      try (PreparedStatement ps = c.prepareStatement("select d.afzender_agb, coalesce(a.naam, d.afzender_agb),"
          + " case when r.retourcodes <> '' then r.retourcodes when d.declaratie_retourcodes is not null then d.declaratie_retourcodes"
          + " else d.header_retourcodes end, count(*), sum(r.ingediend_bedrag_cent)"
          + " from declaratie d join declaratie_regel r on r.declaratie_id = d.id left join aanbieder a on a.agb_code = d.afzender_agb"
          + " where d.periode_begin = ? and not r.goedgekeurd group by 1, 2, 3")) {
        ps.setDate(1, java.sql.Date.valueOf(run.maandWaarde().eersteDag()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String code = rs.getString(3).trim().split("[ ,]+")[0];
            aanbieders.put(rs.getString(1), rs.getString(2));
            long[] t = perSleutel.computeIfAbsent(rs.getString(1) + "|" + code, k -> new long[2]);
            t[0] += rs.getLong(4);
            t[1] += rs.getLong(5);
          }
        }
      }
      return null;
    });
    List<AfwijzingRij> rijen = perSleutel.entrySet().stream().map(e -> {
      String[] sleutel = e.getKey().split("\\|");
      return new AfwijzingRij(sleutel[0], aanbieders.get(sleutel[0]), sleutel[1], omschrijving(sleutel[1]), e.getValue()[0], e.getValue()[1]);
    }).toList();
    return maak(AfwijzingenOverzicht.van(run.maand(), rijen), formaat);
  }

  /**
   * Per toewijzing declared in the run's month: expected (as the forecast computes it), declared (debits minus
   * credits, accepted or not) and paid (accepted lines in this or an earlier run); declared above expected is flagged.
   */
  public Download verwachtRapport(long id, Formaat formaat) {
    Afrekening run = beheer.haal(id, Optional.empty());
    Maand maand = run.maandWaarde();
    List<VerwachtRij> rijen = new ArrayList<>();
    beheer.metVerbinding(c -> {
      try (PreparedStatement ps = c.prepareStatement("select r.toewijzing_nummer, r.afzender_agb, coalesce(a.naam, r.afzender_agb),"
          + " min(r.product_code), min(coalesce(r.gemeente, d.ontvanger_gemeente)),"
          + " sum(case when r.debet_credit = 'D' then r.ingediend_bedrag_cent else -r.ingediend_bedrag_cent end),"
          + " sum(case when r.goedgekeurd and ad.declaratie_id is not null"
          + "   then case when r.debet_credit = 'D' then r.ingediend_bedrag_cent else -r.ingediend_bedrag_cent end else 0 end)"
          + " from declaratie_regel r join declaratie d on d.id = r.declaratie_id"
          + " left join afrekening_declaratie ad on ad.declaratie_id = d.id and ad.afrekening_id in"
          + "   (select x.id from afrekening x where x.id = ? or (x.maand <= ? and x.status <> 'CONCEPT'))"
          + " left join aanbieder a on a.agb_code = r.afzender_agb"
          + " where r.begindatum >= ? and r.begindatum <= ? group by 1, 2, 3 order by 2, 1")) {
        ps.setLong(1, id);
        ps.setDate(2, java.sql.Date.valueOf(maand.eersteDag()));
        ps.setDate(3, java.sql.Date.valueOf(maand.eersteDag()));
        ps.setDate(4, java.sql.Date.valueOf(maand.laatsteDag()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long nummer = rs.getLong(1);
            long verwacht = verwacht(nummer, maand);
            long gedeclareerd = rs.getLong(6);
            rijen.add(new VerwachtRij(nummer, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), verwacht, gedeclareerd,
                rs.getLong(7), gedeclareerd > verwacht));
          }
        }
      }
      return null;
    });
    return maak(VerwachtOverzicht.van(id, run.maand(), rijen), formaat);
  }

  private long verwacht(long toewijzing, Maand maand) {
    try {
      return toewijzingen.verwacht(toewijzing, maand, maand, Optional.empty()).totaalCent();
    } catch (RuntimeException geenTariefOfOnbekend) {
      return 0; // no expectation to compare with: the line shows 0 expected and is flagged when something was declared
    }
  }

  private static String omschrijving(String code) {
    try {
      Retourcode r = Retourcode.vanCode(code);
      return r.regel() + ": " + r.uitleg();
    } catch (IllegalArgumentException onbekend) {
      return code;
    }
  }

  private Download maak(Rapport rapport, Formaat formaat) {
    return new Download(rapporten.maak(rapport, formaat), formaat.mediaType(), RapportMaker.bestandsnaam(rapport, formaat));
  }

  private Map<String, String> gemeenteNamen() {
    return regio.gemeenten().stream()
        .collect(Collectors.toMap(RegioGegevens.GemeenteGegevens::cbsCode, RegioGegevens.GemeenteGegevens::naam));
  }

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
    Map<String, String> namen = gemeenteNamen();
    Map<String, Journaal.Rekening> rekeningen = new TreeMap<>();
    config.csv("regio/grootboek.csv").forEach(r -> rekeningen.put(r.get("categorie"), new Journaal.Rekening(r.get("rekening"), r.get("omschrijving"))));
    return Journaal.csv(run, namen, rekeningen);
  }
}
