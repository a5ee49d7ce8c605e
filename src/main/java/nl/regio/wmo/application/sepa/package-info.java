/**
 * SEPA credit transfers: the pain.001 payment file (ISO 20022) that pays each care provider its approved
 * monthly settlement total. {@link nl.regio.wmo.application.sepa.Betaalopdracht} holds and checks the input,
 * {@link nl.regio.wmo.application.sepa.Pain001Schrijver} writes the file with JAXB classes generated from the official schema.
 */
package nl.regio.wmo.application.sepa;
