package nl.regio.wmo.application.afrekening;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.regio.wmo.application.AuditLog;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.Pagina;
import nl.regio.wmo.application.Validatie;
import nl.regio.wmo.domain.afrekening.AfrekeningStatus;
import nl.regio.wmo.domain.afrekening.AfrekeningStatus.Actie;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.persistence.Database;

/**
 * Monthly settlement runs for finance: create and (re)compute a CONCEPT, propose it, approve it by a second user
 * (four-eyes), report it paid. Every step is one transaction with the run's row locked, and is audited. A provider
 * sees only its own part of runs that are no longer CONCEPT.
 */
@ApplicationScoped
@Transactional
public class AfrekeningBeheer {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AuditLog audit;
  @Inject Clock clock;

  public record AanbiederTotaal(String agbCode, String naam, String iban, int aantalRegels, long debetCent, long creditCent,
      long totaalCent) {}

  public record GemeenteTotaal(String gemeente, String categorie, String categorieNaam, int aantalRegels, long debetCent,
      long creditCent, long totaalCent) {}

  public record Doorgeschoven(String agbCode, int aantalDeclaraties, long totaalCent) {}

  /**
   * The run's totals per municipality (all categories together): the sum of its municipality × category rows, in the
   * order of {@code gemeenten}; {@code categorie} and {@code categorieNaam} are null.
   */
  public static List<GemeenteTotaal> perGemeente(List<GemeenteTotaal> gemeenten) {
    Map<String, GemeenteTotaal> som = new java.util.LinkedHashMap<>();
    for (GemeenteTotaal g : gemeenten) {
      som.merge(g.gemeente(), new GemeenteTotaal(g.gemeente(), null, null, g.aantalRegels(), g.debetCent(), g.creditCent(), g.totaalCent()),
          (a, b) -> new GemeenteTotaal(a.gemeente(), null, null, a.aantalRegels() + b.aantalRegels(), a.debetCent() + b.debetCent(),
              a.creditCent() + b.creditCent(), a.totaalCent() + b.totaalCent()));
    }
    return List.copyOf(som.values());
  }

  public record Afrekening(long id, String maand, String status, int aantalDeclaraties, int aantalRegels, long debetCent,
      long creditCent, long totaalCent, String aangemaaktDoor, OffsetDateTime aangemaaktOp, OffsetDateTime berekendOp,
      String voorgesteldDoor, OffsetDateTime voorgesteldOp, String goedgekeurdDoor, OffsetDateTime goedgekeurdOp,
      String betaaldDoor, OffsetDateTime betaaldOp, String afgekeurdReden, String afgekeurdDoor, OffsetDateTime afgekeurdOp,
      List<AanbiederTotaal> aanbieders,
      List<GemeenteTotaal> gemeenten, List<Doorgeschoven> doorgeschoven) {

    AfrekeningStatus statusWaarde() {
      return AfrekeningStatus.valueOf(status);
    }

    public Maand maandWaarde() {
      return Maand.parse(maand);
    }
  }

  /** One accepted line of a run as a provider's statement shows it; a credit has a negative amount. */
  public record Regel(long id, String declaratieNummer, String referentieNummer, String vorigReferentieNummer, String bsn,
      String clientNaam, long toewijzingNummer, String productCode, String productNaam, String productCategorie,
      java.time.LocalDate begindatum, java.time.LocalDate einddatum, long volume, String eenheid, Long tariefCent, long bedragCent,
      boolean correctie, String gemeente) {}

  /** Creates a CONCEPT run for the month and computes it. At most one CONCEPT run exists at a time. */
  public Afrekening maak(String maandTekst) {
    Validatie v = new Validatie();
    v.verplicht("maand", maandTekst);
    v.controleer();
    Maand maand = maand(maandTekst);
    return metVerbinding(c -> {
      try (PreparedStatement ps = c.prepareStatement("select id, maand, status from afrekening where status = 'CONCEPT' or maand = ?")) {
        ps.setDate(1, java.sql.Date.valueOf(maand.eersteDag()));
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new ConflictException("maand", rs.getDate(2).toLocalDate().equals(maand.eersteDag())
                ? "voor " + maand + " bestaat al afrekening " + rs.getLong(1) + " (" + rs.getString(3) + ")"
                : "afrekening " + rs.getLong(1) + " (" + Maand.van(rs.getDate(2).toLocalDate()) + ") is nog CONCEPT;"
                    + " stel die eerst voor of verwijder hem");
          }
        }
      }
      long id = AfrekeningBerekening.maak(c, maand, audit.gebruiker(), OffsetDateTime.now(clock));
      Afrekening a = lees(c, id, Optional.empty(), false);
      audit.aangemaakt("afrekening", id, Map.of("maand", a.maand(), "status", a.status(), "totaalCent", a.totaalCent()));
      return a;
    });
  }

  public Afrekening herbereken(long id) {
    return stap(id, Actie.HERBEREKENEN, null);
  }

  public Afrekening voorstellen(long id) {
    return stap(id, Actie.VOORSTELLEN, null);
  }

  public Afrekening goedkeuren(long id) {
    return stap(id, Actie.GOEDKEUREN, null);
  }

  public Afrekening afkeuren(long id, String reden) {
    Validatie v = new Validatie();
    v.verplicht("reden", reden == null || reden.isBlank() ? null : reden);
    v.controleer();
    return stap(id, Actie.AFKEUREN, reden);
  }

  public Afrekening betaaldMelden(long id) {
    return stap(id, Actie.BETAALD_MELDEN, null);
  }

  public void verwijder(long id) {
    stap(id, Actie.VERWIJDEREN, null);
  }

  private Afrekening stap(long id, Actie actie, String reden) {
    return metVerbinding(c -> {
      Afrekening oud = vergrendel(c, id);
      String gebruiker = audit.gebruiker();
      AfrekeningStatus nieuw;
      try {
        nieuw = oud.statusWaarde().na(actie, gebruiker, oud.voorgesteldDoor());
      } catch (AfrekeningStatus.Geweigerd g) {
        throw new ConflictException("status", g.getMessage());
      }
      OffsetDateTime nu = OffsetDateTime.now(clock);
      switch (actie) {
        case HERBEREKENEN -> AfrekeningBerekening.bereken(c, id, oud.maandWaarde(), nu);
        case VERWIJDEREN -> {
          AfrekeningBerekening.vergeet(c, id);
          AfrekeningBerekening.update(c, "delete from afrekening where id = ?", id);
          audit.gewijzigd("afrekening", id, Map.of("status", oud.status()), Map.of("status", "VERWIJDERD"));
          return null;
        }
        case VOORSTELLEN -> AfrekeningBerekening.update(c, "update afrekening set status = ?, voorgesteld_door = ?, voorgesteld_op = ?, afgekeurd_reden = null,"
            + " afgekeurd_door = null, afgekeurd_op = null where id = ?", nieuw.name(), gebruiker, nu, id);
        case GOEDKEUREN -> AfrekeningBerekening.update(c, "update afrekening set status = ?, goedgekeurd_door = ?, goedgekeurd_op = ? where id = ?",
            nieuw.name(), gebruiker, nu, id);
        case AFKEUREN -> AfrekeningBerekening.update(c, "update afrekening set status = ?, voorgesteld_door = null, voorgesteld_op = null, afgekeurd_reden = ?,"
            + " afgekeurd_door = ?, afgekeurd_op = ? where id = ?", nieuw.name(), gebruiker + ": " + reden, gebruiker, nu, id);
        case BETAALD_MELDEN -> AfrekeningBerekening.update(c, "update afrekening set status = ?, betaald_door = ?, betaald_op = ? where id = ?",
            nieuw.name(), gebruiker, nu, id);
      }
      Afrekening a = lees(c, id, Optional.empty(), false);
      audit.gewijzigd("afrekening", id, Map.of("status", oud.status(), "totaalCent", oud.totaalCent()),
          reden == null ? Map.of("status", a.status(), "totaalCent", a.totaalCent(), "actie", actie.name())
              : Map.of("status", a.status(), "totaalCent", a.totaalCent(), "actie", actie.name(), "reden", reden));
      return a;
    });
  }

  /** The runs, newest month first. A provider sees the runs past CONCEPT that pay it, with only its own figures. */
  public Pagina<Afrekening> lijst(Optional<AgbCode> alleen, int pagina, int grootte) {
    return metVerbinding(c -> {
      String waar = alleen.isPresent()
          ? " where status <> 'CONCEPT' and exists (select 1 from afrekening_aanbieder x where x.afrekening_id = a.id and x.aanbieder_agb = ?)"
          : "";
      long totaal;
      try (PreparedStatement ps = c.prepareStatement("select count(*) from afrekening a" + waar)) {
        alleen.ifPresent(agb -> zetTekst(ps, 1, agb.waarde()));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          totaal = rs.getLong(1);
        }
      }
      List<Afrekening> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select id from afrekening a" + waar + " order by maand desc limit ? offset ?")) {
        int i = 1;
        if (alleen.isPresent()) {
          ps.setString(i++, alleen.get().waarde());
        }
        ps.setInt(i++, grootte);
        ps.setLong(i, (long) pagina * grootte);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(lees(c, rs.getLong(1), alleen, true));
          }
        }
      }
      return new Pagina<>(items, totaal, pagina, grootte);
    });
  }

  public Afrekening haal(long id, Optional<AgbCode> alleen) {
    return metVerbinding(c -> {
      Afrekening a = lees(c, id, alleen, false);
      if (alleen.isPresent() && (a.status().equals("CONCEPT") || a.aanbieders().isEmpty())) {
        throw new NietGevondenException("afrekening " + id + " niet gevonden");
      }
      return a;
    });
  }

  /** A provider's accepted lines in a run, per client, paged; BSN masked unless the caller may see it. */
  public Pagina<Regel> regels(long id, String agb, Optional<AgbCode> alleen, boolean volledigeBsn, int pagina, int grootte) {
    return metVerbinding(c -> {
      haalVoorAanbieder(c, id, agb, alleen);
      long totaal;
      try (PreparedStatement ps = c.prepareStatement("select count(*) from afrekening_declaratie ad join declaratie_regel r"
          + " on r.declaratie_id = ad.declaratie_id where ad.afrekening_id = ? and ad.aanbieder_agb = ? and r.goedgekeurd")) {
        ps.setLong(1, id);
        ps.setString(2, agb);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          totaal = rs.getLong(1);
        }
      }
      return new Pagina<>(regels(c, id, agb, volledigeBsn, grootte, (long) pagina * grootte), totaal, pagina, grootte);
    });
  }

  /** All of a provider's lines in a run (for its statement). */
  public List<Regel> alleRegels(long id, String agb, Optional<AgbCode> alleen, boolean volledigeBsn) {
    return metVerbinding(c -> {
      haalVoorAanbieder(c, id, agb, alleen);
      return regels(c, id, agb, volledigeBsn, Integer.MAX_VALUE, 0);
    });
  }

  /** The run and one provider's totals in it; a provider may only ask for its own, and not of a CONCEPT run. */
  public Afrekening haalVoorAanbieder(long id, String agb, Optional<AgbCode> alleen) {
    return metVerbinding(c -> haalVoorAanbieder(c, id, agb, alleen));
  }

  private Afrekening haalVoorAanbieder(Connection c, long id, String agb, Optional<AgbCode> alleen) throws SQLException {
    if (alleen.isPresent() && !alleen.get().waarde().equals(agb)) {
      throw new NietGevondenException("afrekening " + id + " voor aanbieder " + agb + " niet gevonden");
    }
    Afrekening a = lees(c, id, Optional.of(new AgbCode(agb)), false);
    if (a.aanbieders().isEmpty() || (alleen.isPresent() && a.status().equals("CONCEPT"))) {
      throw new NietGevondenException("afrekening " + id + " heeft geen regels van aanbieder " + agb);
    }
    return a;
  }

  private static List<Regel> regels(Connection c, long id, String agb, boolean volledigeBsn, int limiet, long vanaf) throws SQLException {
    List<Regel> regels = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select r.id, d.declaratie_nummer, r.referentie_nummer, r.vorig_referentie_nummer,"
        + " r.bsn, cl.voorletters, cl.voorvoegsel, cl.achternaam, r.toewijzing_nummer, r.product_code, p.naam, r.product_categorie,"
        + " r.begindatum, r.einddatum, r.geleverd_volume, r.eenheid, r.product_tarief_cent, r.ingediend_bedrag_cent, r.debet_credit,"
        + " coalesce(r.gemeente, d.ontvanger_gemeente)"
        + " from afrekening_declaratie ad join declaratie d on d.id = ad.declaratie_id"
        + " join declaratie_regel r on r.declaratie_id = ad.declaratie_id"
        + " left join client cl on cl.bsn = r.bsn left join product p on p.code = r.product_code"
        + " where ad.afrekening_id = ? and ad.aanbieder_agb = ? and r.goedgekeurd"
        + " order by r.bsn, r.toewijzing_nummer, r.begindatum, r.id limit ? offset ?")) {
      ps.setLong(1, id);
      ps.setString(2, agb);
      ps.setInt(3, limiet);
      ps.setLong(4, vanaf);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean credit = "C".equals(rs.getString(19));
          long bedrag = rs.getLong(18);
          long tarief = rs.getLong(17);
          Long tariefCent = rs.wasNull() ? null : tarief;
          String naam = String.join(" ", java.util.stream.Stream.of(rs.getString(6), rs.getString(7), rs.getString(8))
              .filter(s -> s != null && !s.isBlank()).toList());
          Bsn bsn = new Bsn(rs.getString(5));
          regels.add(new Regel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              volledigeBsn ? bsn.waarde() : bsn.gemaskeerd(), naam, rs.getLong(9), rs.getString(10), rs.getString(11),
              rs.getString(12), rs.getDate(13).toLocalDate(), rs.getDate(14).toLocalDate(), rs.getLong(15), rs.getString(16),
              tariefCent, credit ? -bedrag : bedrag, credit, rs.getString(20)));
        }
      }
    }
    return regels;
  }

  /** The run with its totals; for a provider ({@code alleen}) only its own figures. */
  static Afrekening lees(Connection c, long id, Optional<AgbCode> alleen, boolean zonderDetails) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select id, maand, status, aantal_declaraties, aantal_regels, debet_cent, credit_cent,"
        + " totaal_cent, aangemaakt_door, aangemaakt_op, berekend_op, voorgesteld_door, voorgesteld_op, goedgekeurd_door,"
        + " goedgekeurd_op, betaald_door, betaald_op, afgekeurd_reden, afgekeurd_door, afgekeurd_op from afrekening where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NietGevondenException("afrekening " + id + " niet gevonden");
        }
        List<AanbiederTotaal> aanbieders = aanbieders(c, id, alleen);
        boolean eigen = alleen.isPresent();
        AanbiederTotaal mijn = eigen && !aanbieders.isEmpty() ? aanbieders.get(0) : null;
        return new Afrekening(rs.getLong(1), Maand.van(rs.getDate(2).toLocalDate()).toString(), rs.getString(3),
            eigen ? eigenDeclaraties(c, id, alleen.get()) : rs.getInt(4), eigen ? (mijn == null ? 0 : mijn.aantalRegels()) : rs.getInt(5),
            eigen ? (mijn == null ? 0 : mijn.debetCent()) : rs.getLong(6), eigen ? (mijn == null ? 0 : mijn.creditCent()) : rs.getLong(7),
            eigen ? (mijn == null ? 0 : mijn.totaalCent()) : rs.getLong(8), rs.getString(9), tijd(rs, 10), tijd(rs, 11),
            rs.getString(12), tijd(rs, 13), rs.getString(14), tijd(rs, 15), rs.getString(16), tijd(rs, 17), rs.getString(18),
            rs.getString(19), tijd(rs, 20),
            zonderDetails && !eigen ? List.of() : aanbieders,
            zonderDetails || eigen ? List.of() : gemeenten(c, id),
            zonderDetails || eigen ? List.of() : doorgeschoven(c, id));
      }
    }
  }

  /** How many of the provider's declarations the run settles (its own figure, not the run's). */
  private static int eigenDeclaraties(Connection c, long id, AgbCode agb) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "select count(*) from afrekening_declaratie where afrekening_id = ? and aanbieder_agb = ?")) {
      ps.setLong(1, id);
      ps.setString(2, agb.waarde());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static OffsetDateTime tijd(ResultSet rs, int kolom) throws SQLException {
    return rs.getObject(kolom, OffsetDateTime.class);
  }

  private static List<AanbiederTotaal> aanbieders(Connection c, long id, Optional<AgbCode> alleen) throws SQLException {
    List<AanbiederTotaal> lijst = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select aanbieder_agb, naam, iban, aantal_regels, debet_cent, credit_cent, totaal_cent"
        + " from afrekening_aanbieder where afrekening_id = ?" + (alleen.isPresent() ? " and aanbieder_agb = ?" : "")
        + " order by aanbieder_agb")) {
      ps.setLong(1, id);
      if (alleen.isPresent()) {
        ps.setString(2, alleen.get().waarde());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lijst.add(new AanbiederTotaal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6),
              rs.getLong(7)));
        }
      }
    }
    return lijst;
  }

  static List<GemeenteTotaal> gemeenten(Connection c, long id) throws SQLException {
    List<GemeenteTotaal> lijst = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select gemeente, product_categorie, sum(aantal_regels), sum(debet_cent),"
        + " sum(credit_cent) from afrekening_totaal where afrekening_id = ? group by gemeente, product_categorie"
        + " order by gemeente, product_categorie")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String cat = rs.getString(2);
          lijst.add(new GemeenteTotaal(rs.getString(1), cat, Productcategorie.vanCode(cat).map(Productcategorie::omschrijving).orElse(cat),
              rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(4) - rs.getLong(5)));
        }
      }
    }
    return lijst;
  }

  private static List<Doorgeschoven> doorgeschoven(Connection c, long id) throws SQLException {
    List<Doorgeschoven> lijst = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select aanbieder_agb, aantal_declaraties, totaal_cent from afrekening_doorgeschoven"
        + " where afrekening_id = ? order by aanbieder_agb")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lijst.add(new Doorgeschoven(rs.getString(1), rs.getInt(2), rs.getLong(3)));
        }
      }
    }
    return lijst;
  }

  private static Afrekening vergrendel(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select id from afrekening where id = ? for update")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NietGevondenException("afrekening " + id + " niet gevonden");
        }
      }
    }
    return lees(c, id, Optional.empty(), true);
  }

  static Maand maand(String tekst) {
    try {
      return Maand.parse(tekst);
    } catch (RuntimeException e) {
      Validatie v = new Validatie();
      v.fout("maand", "geen maand (jjjj-mm): " + tekst);
      v.controleer();
      throw e;
    }
  }

  private static void zetTekst(PreparedStatement ps, int i, String waarde) {
    try {
      ps.setString(i, waarde);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Werk<T> {
    T met(Connection c) throws SQLException;
  }

  /** Runs {@code werk} on a connection of the app's datasource (in the caller's transaction, if any). */
  <T> T metVerbinding(Werk<T> werk) {
    try (Connection c = dataSource.getConnection()) {
      return werk.met(c);
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new ConflictException("afrekening", "een andere afrekening nam tegelijk dezelfde declaraties; probeer het opnieuw");
      }
      throw new IllegalStateException("Database: " + e.getSQLState(), e);
    }
  }
}
