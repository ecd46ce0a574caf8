package org.backcrack.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's instance validator against the R4 core profiles, with backcrack's CodeSystem and Questionnaire known
 * (so its codes and a response's questionnaire resolve), made once: loading the profiles takes seconds. It also
 * gathers every WARNING and INFORMATION message, with how often it came, for {@code docs/fhir.md}.
 */
final class FhirValidation {
    private static final FhirValidator VALIDATOR = validator();
    private static final Map<String, Integer> NOTES = new TreeMap<>();

    private FhirValidation() {}

    private static FhirValidator validator() {
        FhirContext ctx = FhirJson.context();
        FhirExport export = Cases.export();
        PrePopulatedValidationSupport backcrack = new PrePopulatedValidationSupport(ctx);
        backcrack.addCodeSystem(export.codeSystem());
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                backcrack,
                new QuestionnaireSupport(ctx, export.questionnaire()));
        FhirValidator v = ctx.newValidator();
        v.registerValidatorModule(new FhirInstanceValidator(chain));
        return v;
    }

    /**
     * Resolves backcrack's Questionnaire by its canonical URL, with or without {@code |version}, so responses are
     * checked against it. {@link PrePopulatedValidationSupport} holds only code systems, value sets, structure
     * definitions and search parameters.
     */
    private record QuestionnaireSupport(FhirContext ctx, Questionnaire questionnaire) implements IValidationSupport {
        @Override
        public FhirContext getFhirContext() {
            return ctx;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            boolean ours = url != null
                    && (url.equals(questionnaire.getUrl())
                            || url.equals(questionnaire.getUrl() + "|" + questionnaire.getVersion()));
            return ours && (type == null || type.isInstance(questionnaire))
                    ? (type == null ? null : type.cast(questionnaire))
                    : null;
        }

        @Override
        public String getName() {
            return "backcrack Questionnaire";
        }
    }

    /** Every message the validator gives on the resource. */
    static List<SingleValidationMessage> messages(IBaseResource resource) {
        List<SingleValidationMessage> all =
                VALIDATOR.validateWithResult(resource).getMessages();
        synchronized (NOTES) {
            for (SingleValidationMessage m : all) {
                if (m.getSeverity() != ResultSeverityEnum.ERROR && m.getSeverity() != ResultSeverityEnum.FATAL) {
                    NOTES.merge(
                            m.getSeverity() + " " + resource.fhirType() + " " + m.getLocationString() + ": "
                                    + m.getMessage(),
                            1,
                            Integer::sum);
                }
            }
        }
        return all;
    }

    /** The ERROR and FATAL messages, each as "location: message". */
    static List<String> errors(IBaseResource resource) {
        return messages(resource).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
    }

    /** The warnings and information gathered so far, one line each with its count. */
    static String notes() {
        synchronized (NOTES) {
            StringBuilder sb = new StringBuilder();
            NOTES.forEach((k, n) -> sb.append(n).append("x ").append(k).append('\n'));
            return sb.toString();
        }
    }
}
