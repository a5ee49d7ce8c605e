package nl.regio.wmo.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API root. Roles are checked per method ({@code @RolesAllowed}); authentication in web.xml. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "wmo-settlement",
            version = "0.1",
            description =
                "Wmo 2015 contracts, tariffs, beschikkingen, declarations (iWmo 3.2) and monthly settlement for a"
                    + " region of municipalities. Amounts are integer eurocents (fields ending in Cent), dates"
                    + " yyyy-mm-dd, errors application/problem+json."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
