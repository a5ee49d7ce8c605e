/** The REST API under /api: JSON, camelCase Dutch field names, amounts in eurocents, errors as problem+json. */
package nl.regio.wmo.interfaces.rest;
