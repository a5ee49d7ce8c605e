package nl.regio.wmo.application;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Bestaand;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Voorstel;
import nl.regio.wmo.domain.beschikking.Beschikking;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.beschikking.Leveringsvorm;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.contract.Aanbieder;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Gemeente;
import nl.regio.wmo.domain.contract.KlasseBand;
import nl.regio.wmo.domain.contract.Klassenindeling;
import nl.regio.wmo.domain.contract.Product;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.contract.Uitvoeringsvariant;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Iban;
import nl.regio.wmo.domain.shared.Periode;

/**
 * BeschikkingBeheer with its database replaced by a small region in memory, so {@code maak} and {@code toets} run their
 * real checks (Beleidsregels, CD076, TARIEF) without a container. Products: 02A01 begeleiding per klasse, 01A01 hulp
 * per uur, 07A01 dagbesteding per dagdeel, 08A01 vervoer. Provider 98000011 is contracted from 2025 on for everything,
 * 98000033 for nothing. Trajectbedrag: klasse 1–4 € 390,00, klasse 5 none; an offerte is priced at its monthly amount. Client 1 has nothing; client 2 has
 * dagbesteding 07A01 (6 dagdelen, ZIN at 98000011) and hulp 01A01 as PGB, both 2026. A beschikking ended by a wijziging
 * keeps its object, with the new end date on it and on its toewijzing.
 */
class BeschikkingBeheerInGeheugen extends BeschikkingBeheer {

  static final LocalDate BEGIN = LocalDate.of(2026, 1, 1);
  static final LocalDate EINDE = LocalDate.of(2026, 12, 31);
  private static final OffsetDateTime NU = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");

  final Map<Long, Client> clienten = new HashMap<>();
  final Map<String, Product> productenOpCode = new HashMap<>();
  final Map<String, Aanbieder> aanbiedersOpAgb = new HashMap<>();
  final List<Beschikking> opgeslagen = new ArrayList<>();
  private long toewijzingNummer = 1000;

  BeschikkingBeheerInGeheugen() {
    product("02A01", Productcategorie.BEGELEIDING, Eenheid.UUR, true);
    product("01A01", Productcategorie.HULP_BIJ_HET_HUISHOUDEN, Eenheid.UUR, false);
    product("07A01", Productcategorie.DAGBESTEDING, Eenheid.DAGDEEL, false);
    product("08A01", Productcategorie.VERVOERDIENSTEN, Eenheid.DAGDEEL, false);
    aanbieder("98000011");
    aanbieder("98000022");
    aanbieder("98000033");
    nieuweClient(1, "111222333");
    nieuweClient(2, "999990019");
    producten = new ProductBeheer() {
      @Override
      Optional<Product> zoekOpCode(String code) {
        return Optional.ofNullable(productenOpCode.get(code));
      }
    };
    aanbieders = new AanbiederBeheer() {
      @Override
      Optional<Aanbieder> zoekOpAgb(String agb) {
        return Optional.ofNullable(aanbiedersOpAgb.get(agb));
      }
    };
    Client twee = clienten.get(2L);
    opslaan(twee, productenOpCode.get("07A01"), aanbiedersOpAgb.get("98000011"),
        voorstel("07A01", Leveringsvorm.ZIN, "98000011", 6), 6, "BESTAAND-1", null);
    opslaan(twee, productenOpCode.get("01A01"), null, voorstel("01A01", Leveringsvorm.PGB, null, 3), 0, "BESTAAND-2", null);
  }

  Voorstel voorstel(String product, Leveringsvorm vorm, String agb, int volume) {
    return new Voorstel(soort(productenOpCode.get(product)), vorm, agb, Periode.inclusief(BEGIN, EINDE), volume, null, null, null, List.of());
  }

  private void product(String code, Productcategorie categorie, Eenheid eenheid, boolean perKlasse) {
    productenOpCode.put(code, new Product(code, code, categorie, eenheid,
        perKlasse ? Uitvoeringsvariant.OUTPUTGERICHT : Uitvoeringsvariant.INSPANNINGSGERICHT, perKlasse));
  }

  private void aanbieder(String agb) {
    aanbiedersOpAgb.put(agb, new Aanbieder(new AgbCode(agb), "Aanbieder " + agb, new Iban("NL91ABNA0417164300")));
  }

  Client nieuweClient(long id, String bsn) {
    Client c = new Client(new Bsn(bsn));
    c.wijzig("Test" + id, null, "T", LocalDate.of(1970, 1, 1), "0", new Gemeente("0356", "Nieuwegein"), null, null);
    zetId(c, id);
    clienten.put(id, c);
    return c;
  }

  static void zetId(Object entiteit, long id) {
    try {
      Field f = entiteit.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entiteit, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  Optional<Client> client(long id) {
    return Optional.ofNullable(clienten.get(id));
  }

  @Override
  Klassenindeling klassenindeling() {
    return new Klassenindeling(List.of(band(1, "0", "2"), band(2, "2", "4"), band(3, "4", "7"), band(4, "7", "10"), band(5, "10", "13")));
  }

  private static KlasseBand band(int nummer, String vanaf, String totEnMet) {
    return new KlasseBand(nummer, new BigDecimal(vanaf), new BigDecimal(totEnMet));
  }

  @Override
  List<Bestaand> bestaand(Client client, Long uitgezonderd) {
    return opgeslagen.stream()
        .filter(b -> b.client() == client && !b.id().equals(uitgezonderd))
        .map(b -> new Bestaand(b.id(), soort(b.product()), b.leveringsvorm(), b.aanbieder() == null ? null : b.aanbieder().agbCode().waarde(),
            b.periode(), b.volumePerWeek()))
        .toList();
  }

  @Override
  List<Periode> dekking(Aanbieder aanbieder, Product product, Client client, Voorstel voorstel) {
    return aanbieder != null && aanbieder.agbCode().waarde().equals("98000011")
        ? List.of(Periode.inclusief(LocalDate.of(2025, 1, 1), null))
        : List.of();
  }

  @Override
  Optional<Long> toewijzingVolume(Product product, Aanbieder aanbieder, Voorstel voorstel) {
    if (!product.tariefPerKlasse()) {
      return Optional.of(voorstel.volumePerWeek().longValue());
    }
    if (voorstel.offerteMaandbedragCent() != null) {
      return Optional.of(voorstel.offerteMaandbedragCent());
    }
    return voorstel.klasse() != null && voorstel.klasse() == 5 ? Optional.empty() : Optional.of(39000L);
  }

  @Override
  public Optional<Beschikking> zoekOpExternNummer(String nummer) {
    return opgeslagen.stream().filter(b -> nummer.equals(b.externNummer())).findFirst();
  }

  @Override
  Beschikking vind(long id) {
    return opgeslagen.stream().filter(b -> b.id() == id).findFirst()
        .orElseThrow(() -> new NietGevondenException("Er is geen beschikking met id " + id + "."));
  }

  @Override
  void beeindig(Beschikking oud, LocalDate laatsteDag, String reden) {
    oud.wijzigEinddatum(laatsteDag);
    oud.toewijzing().ifPresent(t -> t.wijzigEinddatum(laatsteDag, reden, NU));
  }

  @Override
  Beschikking opslaan(Client client, Product product, Aanbieder aanbieder, Voorstel voorstel, long volume, String externNummer,
      Beschikking vorige) {
    Beschikking b = new Beschikking(client, product, voorstel.vorm(), aanbieder, voorstel.periode(), voorstel.volumePerWeek(),
        voorstel.klasse(), voorstel.urenPerWeek(), voorstel.offerteMaandbedragCent(), voorstel.budgetCent(), externNummer, vorige, NU, "test");
    zetId(b, opgeslagen.size() + 1L);
    if (voorstel.vorm() == Leveringsvorm.ZIN) {
      toewijzingNummer++;
      if (voorstel.budgetCent() != null) {
        Toewijzing.metBudget(toewijzingNummer, b, voorstel.budgetCent(), NU);
      } else {
        new Toewijzing(toewijzingNummer, b, volume, product.tariefPerKlasse() ? Eenheid.EURO : product.eenheid(), "2", NU);
      }
    }
    opgeslagen.add(b);
    return b;
  }
}
