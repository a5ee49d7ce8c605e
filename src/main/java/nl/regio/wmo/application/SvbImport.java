package nl.regio.wmo.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.regio.wmo.domain.pgb.SvbBestandLezer;
import nl.regio.wmo.domain.pgb.SvbBestandLezer.Uitslag;
import nl.regio.wmo.domain.pgb.SvbBetaling;
import nl.regio.wmo.domain.pgb.SvbFout;
import nl.regio.wmo.domain.pgb.Zorgsoort;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.infrastructure.persistence.Database;

/**
 * Import of the SVB payment file (rule S-PGB-SVB; layout in config/import/svb.md), by file drop and
 * REST. All or nothing: one transaction per file; a file with any bad row is applied not at all and
 * the report names every bad row by its line, column and reason (never a BSN). The same content twice
 * (SHA-256, whatever the name) changes nothing and is refused as "al verwerkt"; a payment id already
 * stored with the same data is skipped, with other data the whole file is refused. The unique keys on
 * {@code svb_bestand.sha256} and {@code svb_betaling.betaling_id} make a race between two nodes fail
 * the second transaction. Stored with plain JDBC on the JTA datasource (as the settlement does).
 */
@ApplicationScoped
public class SvbImport {

  public static final String ENTITEIT = "svb_bestand";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What an accepted file did: rows in the file, payments stored, payments already known (same data) and skipped. */
  public record Verslag(String bestand, int rijen, int nieuw, int alBekend) {}

  /** The same content was processed before: nothing changed. */
  public static class AlVerwerkt extends ImportAfgekeurdException {
    public AlVerwerkt(String samenvatting) {
      super(samenvatting, List.of());
    }
  }

  /** A file refused for its content: every bad row with its line, column and reason (nothing applied). */
  public static class Afgekeurd extends ImportAfgekeurdException {
    private final transient List<SvbFout> fouten;

    Afgekeurd(String samenvatting, List<SvbFout> fouten) {
      super(samenvatting, fouten.stream().map(SvbFout::toString).toList());
      this.fouten = List.copyOf(fouten);
    }

    public List<SvbFout> fouten() {
      return fouten;
    }
  }

  /** Imports one file; throws {@link ImportAfgekeurdException} (nothing applied) or {@link AlVerwerkt}. */
  @Transactional
  public Verslag importeer(String naam, byte[] inhoud) {
    return verwerk(naam, inhoud, false);
  }

  /**
   * The demo file, loaded at every start: content already processed (by SHA-256) is skipped without
   * an error, so loading twice adds nothing.
   */
  @Transactional
  public Verslag laadOpnieuw(String naam, byte[] inhoud) {
    return verwerk(naam, inhoud, true);
  }

  protected Verslag verwerk(String naam, byte[] inhoud, boolean bekendIsGoed) {
    String sha256 = SvbBestandLezer.sha256(inhoud);
    Optional<String> eerder = eerderVerwerkt(sha256);
    if (eerder.isPresent()) {
      if (bekendIsGoed) {
        return new Verslag(naam, 0, 0, 0);
      }
      throw new AlVerwerkt("Bestand " + naam + " is niet verwerkt: dezelfde inhoud is al verwerkt (" + eerder.get()
          + "); er is niets gewijzigd.");
    }
    Uitslag gelezen = SvbBestandLezer.lees(inhoud);
    if (gelezen.isAfgekeurd()) {
      throw afgekeurd(naam, gelezen.fouten());
    }
    // NUMERIC(7,2) gives 6.50 back for 6.5: compare hours by value, not by scale
    Uitslag genormaliseerd = new Uitslag(gelezen.betalingen().stream().map(SvbImport::genormaliseerd).toList(), gelezen.rijen(), List.of());
    Uitslag nieuw = genormaliseerd.zonderBekende(id -> vindBetaling(id).map(SvbImport::genormaliseerd));
    if (nieuw.isAfgekeurd()) {
      throw afgekeurd(naam, nieuw.fouten());
    }
    Verslag verslag = new Verslag(naam, gelezen.betalingen().size(), nieuw.betalingen().size(),
        gelezen.betalingen().size() - nieuw.betalingen().size());
    bewaar(naam, sha256, verslag, nieuw);
    return verslag;
  }

  private static Afgekeurd afgekeurd(String naam, List<SvbFout> fouten) {
    return new Afgekeurd("Bestand " + naam + " is afgekeurd: " + fouten.size()
        + " fout(en); er is niets verwerkt. Herstel de rijen en lever het hele bestand opnieuw aan.",
        fouten);
  }

  static SvbBetaling genormaliseerd(SvbBetaling b) {
    return new SvbBetaling(b.toekenningNummer(), b.bsn(), b.zorgverlenerId(), b.zorgverlenerNaam(), b.zorgsoort(),
        b.zorgovereenkomstId(), b.zorgovereenkomstGoedgekeurd(), b.maand(), b.uren().stripTrailingZeros(), b.uurtarief(),
        b.bedrag(), b.betaaldatum(), b.betalingId());
  }

  /** "bestandsnaam op tijdstip" of an earlier file with this content. */
  protected Optional<String> eerderVerwerkt(String sha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select naam, ontvangen_op from svb_bestand where sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1) + " op " + rs.getObject(2, OffsetDateTime.class)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("svb_bestand niet te lezen", e);
    }
  }

  protected Optional<SvbBetaling> vindBetaling(String betalingId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + KOLOMMEN + " from svb_betaling where betaling_id = ?")) {
      ps.setString(1, betalingId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(betaling(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("svb_betaling niet te lezen", e);
    }
  }

  /** Stores the file and its new payments, and writes the audit row (who, when, what; no BSN). */
  protected void bewaar(String naam, String sha256, Verslag verslag, Uitslag nieuw) {
    String gebruiker = audit.gebruiker();
    long bestandId;
    try (Connection c = dataSource.getConnection()) {
      bestandId = volgende(c, "svb_bestand_seq");
      try (PreparedStatement ps = c.prepareStatement(
          "insert into svb_bestand (id, sha256, naam, rijen, ontvangen_op, ontvangen_door) values (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, bestandId);
        ps.setString(2, sha256);
        ps.setString(3, naam.length() > 255 ? naam.substring(0, 255) : naam);
        ps.setInt(4, verslag.rijen());
        ps.setObject(5, OffsetDateTime.now(clock));
        ps.setString(6, gebruiker.length() > 100 ? gebruiker.substring(0, 100) : gebruiker);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("insert into svb_betaling (id, betaling_id, bestand_id, rij, toekenning_nummer, bsn,"
          + " zorgverlener_id, zorgverlener_naam, zorgsoort, zorgovereenkomst_id, zorgovereenkomst_goedgekeurd, maand, uren,"
          + " uurtarief_cent, bedrag_cent, betaaldatum) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < nieuw.betalingen().size(); i++) {
          SvbBetaling b = nieuw.betalingen().get(i);
          ps.setLong(1, volgende(c, "svb_betaling_seq"));
          ps.setString(2, b.betalingId());
          ps.setLong(3, bestandId);
          ps.setInt(4, nieuw.rijen().get(i));
          ps.setString(5, b.toekenningNummer());
          ps.setString(6, b.bsn().waarde());
          ps.setString(7, b.zorgverlenerId());
          ps.setString(8, b.zorgverlenerNaam());
          ps.setString(9, b.zorgsoort().name());
          ps.setString(10, b.zorgovereenkomstId());
          ps.setBoolean(11, b.zorgovereenkomstGoedgekeurd());
          ps.setObject(12, b.maand().eersteDag());
          ps.setBigDecimal(13, b.uren());
          ps.setLong(14, b.uurtarief().cent());
          ps.setLong(15, b.bedrag().cent());
          ps.setObject(16, b.betaaldatum());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SVB-bestand niet op te slaan", e);
    }
    audit.aangemaakt(ENTITEIT, bestandId, verslag);
  }

  private static long volgende(Connection c, String sequence) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The columns {@link #betaling(ResultSet)} reads, in order. */
  static final String KOLOMMEN = "toekenning_nummer, bsn, zorgverlener_id, zorgverlener_naam, zorgsoort, zorgovereenkomst_id,"
      + " zorgovereenkomst_goedgekeurd, maand, uren, uurtarief_cent, bedrag_cent, betaaldatum, betaling_id";

  static SvbBetaling betaling(ResultSet rs) throws SQLException {
    BigDecimal uren = rs.getBigDecimal(9);
    return new SvbBetaling(rs.getString(1), new Bsn(rs.getString(2)), rs.getString(3), rs.getString(4),
        Zorgsoort.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), Maand.van(rs.getObject(8, LocalDate.class)),
        uren, Money.ofCents(rs.getLong(10)), Money.ofCents(rs.getLong(11)), rs.getObject(12, LocalDate.class), rs.getString(13));
  }

  /** The stored payments for months of {@code jaar}. */
  public List<SvbBetaling> betalingenVanJaar(int jaar) {
    List<SvbBetaling> uit = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + KOLOMMEN + " from svb_betaling where maand >= ? and maand < ? order by id")) {
      ps.setObject(1, LocalDate.of(jaar, 1, 1));
      ps.setObject(2, LocalDate.of(jaar + 1, 1, 1));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          uit.add(betaling(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("svb_betaling niet te lezen", e);
    }
    return uit;
  }
}
