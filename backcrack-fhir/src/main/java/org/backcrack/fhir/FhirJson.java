package org.backcrack.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON through HAPI's parser. The {@link FhirContext} scans every R4 model class when it is made
 * (seconds, tens of megabytes), so there is one, made on first use; it is thread-safe, whereas parsers are
 * cheap and not, so each call makes its own.
 */
public final class FhirJson {
    private FhirJson() {}

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    /** The one R4 context, for parsers and validators. */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** The resource as pretty-printed FHIR JSON. */
    public static String write(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** A resource of this type parsed from FHIR JSON; HAPI's {@code DataFormatException} when it is not. */
    public static <T extends IBaseResource> T read(Class<T> type, String json) {
        return context().newJsonParser().parseResource(type, json);
    }
}
