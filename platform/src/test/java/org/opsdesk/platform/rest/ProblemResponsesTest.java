package org.opsdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void anOperationGetsTheProblemsOfWhatItReads() {
        Operation edit = OASFactory.createOperation()
                .parameters(List.of(OASFactory.createParameter().name("id").in(Parameter.In.PATH),
                        OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)))
                .requestBody(OASFactory.createRequestBody())
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        Operation page = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/reviews/{id}", OASFactory.createPathItem().PUT(edit))
                .addPathItem("/status", OASFactory.createPathItem().GET(page)));

        new ProblemResponses().filterOpenAPI(api);

        assertThat(edit.getResponses().getAPIResponses().keySet())
                .containsExactly("200", "400", "401", "403", "404", "406", "409", "412", "413", "415", "500", "503");
        assertThat(page.getResponses().getAPIResponses().keySet()).containsExactly("200", "406", "500", "503");
        assertThat(edit.getResponses().getAPIResponse("412").getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                .isEqualTo("#/components/schemas/ProblemDetails");
        assertThat(edit.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetails");
    }

    @Test
    void aPropertyOutsideRequiredIsNullable() {
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("assignee", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("resolution", OASFactory.createSchema().ref("#/components/schemas/Resolution"))
                .addProperty("format", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("SLACK", "TEAMS")))
                .required(List.of("id"));
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("View", view));

        new ProblemResponses().filterOpenAPI(api);
        new ProblemResponses().filterOpenAPI(api); // the same document again: nothing doubles

        assertThat(view.getProperties().get("id").getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(view.getProperties().get("assignee").getType()).containsExactly(Schema.SchemaType.STRING, Schema.SchemaType.NULL);
        assertThat(view.getProperties().get("resolution").getAnyOf()).extracting(Schema::getRef)
                .containsExactly("#/components/schemas/Resolution", null);
        assertThat(view.getProperties().get("format").getEnumeration()).containsExactly("SLACK", "TEAMS", null);
    }
}
