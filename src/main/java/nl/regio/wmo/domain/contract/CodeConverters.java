package nl.regio.wmo.domain.contract;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the iWmo code-list enums by their official code, so the database reads like the messages. */
public final class CodeConverters {

  private CodeConverters() {}

  @Converter(autoApply = true)
  public static class ProductcategorieConverter implements AttributeConverter<Productcategorie, String> {
    @Override
    public String convertToDatabaseColumn(Productcategorie c) {
      return c == null ? null : c.code();
    }

    @Override
    public Productcategorie convertToEntityAttribute(String code) {
      return code == null ? null : Productcategorie.vanCode(code).orElseThrow();
    }
  }

  @Converter(autoApply = true)
  public static class EenheidConverter implements AttributeConverter<Eenheid, String> {
    @Override
    public String convertToDatabaseColumn(Eenheid e) {
      return e == null ? null : e.code();
    }

    @Override
    public Eenheid convertToEntityAttribute(String code) {
      return code == null ? null : Eenheid.vanCode(code).orElseThrow();
    }
  }
}
