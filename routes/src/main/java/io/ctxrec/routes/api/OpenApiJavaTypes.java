package io.ctxrec.routes.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the generated description cannot know from the REST DSL alone, read from the Java types it names:
 * a record component of a primitive type is required and never null, one of a reference type may be null
 * (OpenAPI 3.0's {@code nullable}); and a reply whose status the DSL declares (201, 202) carries the out-type
 * the generator put on a 200 the endpoint never sends.
 */
final class OpenApiJavaTypes {
    private static final String CLASS_NAME = "x-className";

    private OpenApiJavaTypes() {
    }

    static void apply(OpenAPI api) {
        api.getComponents().getSchemas().values().forEach(OpenApiJavaTypes::nullability);
        api.getPaths().values().forEach(item -> item.readOperationsMap().values().forEach(OpenApiJavaTypes::successStatus));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullability(Schema<?> schema) {
        Optional<Class<?>> type = javaClass(schema);
        if (type.isEmpty() || !type.get().isRecord() || schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.get().getRecordComponents()) {
            Schema property = schema.getProperties().get(c.getName());
            if (property == null) {
                continue;
            }
            if (c.getType().isPrimitive()) {
                required.add(c.getName());
            } else if (property.get$ref() == null && !"array".equals(property.getType())
                    && !"object".equals(property.getType())) { // lists and maps are empty, never null
                property.setNullable(true);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
        schema.getExtensions().remove(CLASS_NAME);
    }

    private static Optional<Class<?>> javaClass(Schema<?> schema) {
        Map<String, Object> ext = schema.getExtensions();
        Object name = ext == null ? null : ext.get(CLASS_NAME);
        String className = name instanceof Schema<?> s ? s.getFormat()
                : name instanceof Map<?, ?> m ? String.valueOf(m.get("format")) : null;
        if (className == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(className, false, OpenApiJavaTypes.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void successStatus(Operation op) {
        ApiResponses responses = op.getResponses();
        ApiResponse ok = responses.get("200");
        Optional<String> declared = responses.keySet().stream()
                .filter(code -> code.matches("2\\d\\d") && !code.equals("200")).findFirst();
        if (ok != null && declared.isPresent() && responses.get(declared.get()).getContent() == null) {
            responses.get(declared.get()).setContent(ok.getContent());
            responses.remove("200");
        }
    }
}
