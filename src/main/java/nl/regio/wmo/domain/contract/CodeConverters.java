package nl.regio.wmo.domain.contract;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the iWmo code-list enums by their official code, so the database reads like the messages.
 * (Each converter names its types directly: EclipseLink 4 cannot read them from a generic base class.)
 */
public final class CodeConverters {

  private CodeConverters() {}

  @Converter(autoApply = true)
  public static class ProductcategorieConverter implements AttributeConverter<Productcategorie, String> {
    @Override
    public String convertToDatabaseColumn(Productcategorie waarde) {
      return waarde == null ? null : waarde.code();
    }

    @Override
    public Productcategorie convertToEntityAttribute(String code) {
      return code == null ? null : Productcategorie.vanCode(code).orElseThrow(() -> onbekend(code));
    }
  }

  @Converter(autoApply = true)
  public static class EenheidConverter implements AttributeConverter<Eenheid, String> {
    @Override
    public String convertToDatabaseColumn(Eenheid waarde) {
      return waarde == null ? null : waarde.code();
    }

    @Override
    public Eenheid convertToEntityAttribute(String code) {
      return code == null ? null : Eenheid.vanCode(code).orElseThrow(() -> onbekend(code));
    }
  }

  private static IllegalStateException onbekend(String code) {
    return new IllegalStateException("Onbekende code in de database: " + code);
  }
}
