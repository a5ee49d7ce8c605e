package nl.regio.wmo.domain.contract;

import java.util.Optional;

/** iWmo 3.2 code list WMO020 (Productcategorie). */
public enum Productcategorie implements Codelijst {
  HULP_BIJ_HET_HUISHOUDEN("01", "Hulp bij het huishouden"),
  BEGELEIDING("02", "Begeleiding"),
  PERSOONLIJKE_VERZORGING("03", "Persoonlijke verzorging"),
  KORTDUREND_VERBLIJF("04", "Kortdurend verblijf"),
  WOONDIENSTEN("05", "Woondiensten"),
  OVERIGE_INDIVIDUEEL("06", "Overige ondersteuning gericht op het individu of huishouden/gezin"),
  DAGBESTEDING("07", "Dagbesteding"),
  VERVOERDIENSTEN("08", "Vervoerdiensten"),
  OVERIGE_GROEP("09", "Overige groepsgerichte ondersteuning"),
  OVERIGE_MAATWERK("10", "Overige maatwerk arrangementen"),
  ROLSTOELEN("11", "Rolstoelen"),
  VERVOERVOORZIENINGEN("12", "Vervoervoorzieningen"),
  WOONVOORZIENINGEN("13", "Woonvoorzieningen"),
  OVERIGE_HULPMIDDELEN("14", "Overige hulpmiddelen"),
  BESCHERMD_WONEN("15", "Beschermd wonen"),
  OPVANG("16", "Opvang"),
  SPOEDOPVANG("17", "Spoedopvang"),
  OVERIGE_BW_OPVANG("18", "Overige beschermd wonen en opvang");

  private final String code;
  private final String omschrijving;

  Productcategorie(String code, String omschrijving) {
    this.code = code;
    this.omschrijving = omschrijving;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  public static Optional<Productcategorie> vanCode(String code) {
    return Codelijst.vanCode(Productcategorie.class, code);
  }
}
