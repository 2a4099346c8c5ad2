package org.opsdesk.notification.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/** Value objects stored as JSON text columns. */
public final class JsonColumns {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonColumns() {
    }

    abstract static class Json<T> implements AttributeConverter<T, String> {
        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return value == null ? null : MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot store " + value, e);
            }
        }

        @Override
        public T convertToEntityAttribute(String json) {
            try {
                return json == null ? null : MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored JSON is unreadable: " + json, e);
            }
        }
    }

    public static class Strings extends Json<List<String>> {
        public Strings() {
            super(new TypeReference<>() { });
        }
    }

    public static class Recipients extends Json<List<Recipient>> {
        public Recipients() {
            super(new TypeReference<>() { });
        }
    }

    public static class ManagedTeams extends Json<List<ManagedTeam>> {
        public ManagedTeams() {
            super(new TypeReference<>() { });
        }
    }

    public static class PlanAudiences extends Json<List<PlanAudience>> {
        public PlanAudiences() {
            super(new TypeReference<>() { });
        }
    }

    public static class MajorIncidentFactsColumn extends Json<MajorIncidentFacts> {
        public MajorIncidentFactsColumn() {
            super(new TypeReference<>() { });
        }
    }

    public static class IncidentFactsColumn extends Json<IncidentFacts> {
        public IncidentFactsColumn() {
            super(new TypeReference<>() { });
        }
    }
}
