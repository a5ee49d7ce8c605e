package nl.regio.wmo.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/** HTTP Basic over the container's Jakarta Security; users and roles from {@link GebruikersIdentityStore}. */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "wmo-settlement")
public class Authenticatie {}
