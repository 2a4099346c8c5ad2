package org.opsdesk.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The one nullability rule of every OpenAPI document (docs/problems.md, "Nullable fields"): a property listed in its
 * schema's {@code required} is always present and never null; every other property is declared nullable (OpenAPI 3.1:
 * {@code type: [T, "null"]}, or {@code anyOf} with {@code {type: "null"}} for a reference). A request may leave such a
 * property out or send null; an answer may carry null. A record states what is always there with
 * {@code @Schema(requiredProperties = …)} (answers) or bean validation's {@code @NotNull}/{@code @NotBlank} (requests).
 */
final class NullableProperties {

    private NullableProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableProperties::declareIn);
    }

    private static void declareIn(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.forEach((name, property) -> {
            if (property.getRef() != null) {
                // a String component documented as an enum (@Schema(implementation = …)): the reference alone says its type
                property.setType(null);
            }
            if (!required.contains(name)) {
                schema.addProperty(name, nullable(property));
            }
        });
    }

    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            Schema nullable = OASFactory.createSchema().anyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            if (property.getDescription() != null) {
                nullable.description(property.getDescription());
            }
            return nullable;
        }
        if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
        return property;
    }
}
