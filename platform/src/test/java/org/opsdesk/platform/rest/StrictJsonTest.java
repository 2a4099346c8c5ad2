package org.opsdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Note(String text, List<String> tags, UUID followUpOf) {
    }

    private final ObjectMapper json = strict();

    @Test
    void aWellFormedBodyReadsAsBefore() throws Exception {
        Note note = json.readValue(body("{\"text\": \"café ☃\", \"tags\": [\"a\"], \"followUpOf\": null}"), Note.class);

        assertThat(note).isEqualTo(new Note("café ☃", List.of("a"), null));
    }

    @Test
    void dataAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> json.readValue(body("{\"text\": \"a\"} {\"text\": \"b\"}"), Note.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> json.readValue(body("{\"text\": \"a\"} }"), Note.class)).isInstanceOf(JsonParseException.class);
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> json.readValue(body("{\"text\": \"a\\u0000b\"}"), Note.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("text"));
        assertThatThrownBy(() -> json.readValue(body("{\"tags\": [\"ok\", \"\\u0000\"]}"), Note.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void anEmptyStringIsNotAMissingId() {
        assertThatThrownBy(() -> json.readValue(body("{\"followUpOf\": \"\"}"), Note.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void invalidUtf8IsRefusedEvenWhereJacksonWouldDecodeIt() {
        byte[] overlongSlash = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

        assertThatThrownBy(() -> json.readValue(new ByteArrayInputStream(overlongSlash), Note.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("not valid UTF-8");
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
