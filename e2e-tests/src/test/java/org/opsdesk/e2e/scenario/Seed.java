package org.opsdesk.e2e.scenario;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.ProjectFiles;
import org.opsdesk.platform.testing.Tokens;

/**
 * The reference data of deploy/local/seed/ (documented in its README.md), loaded through the services' public APIs
 * exactly as deploy/local/demo loads it: service catalog and teams on incident-service, contacts and audiences on
 * notification-service, the on-duty roster on major-incident-service. Loading twice changes nothing.
 */
final class Seed {

    static final Path DIR = ProjectFiles.resolve("deploy/local/seed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Tokens.bearer("seed.loader", null, new String[] {"admin"});

    final List<JsonNode> services;
    final List<JsonNode> teams;
    final List<JsonNode> contacts;
    final List<JsonNode> audiences;
    final List<JsonNode> roster;

    private Seed() {
        services = items("services.json");
        teams = items("teams.json");
        contacts = items("contacts.json");
        audiences = items("audiences.json");
        roster = items("roster.json");
    }

    /** Reads the seed files and loads them into the running system; shifts are placed relative to {@code now}. */
    static Seed load(OpsDeskSystem system, Instant now) {
        Seed seed = new Seed();
        seed.loadInto(system, now);
        return seed;
    }

    private void loadInto(OpsDeskSystem system, Instant now) {
        String incidents = system.url("incident-service");
        for (JsonNode team : teams) {
            upsert(incidents, "/api/v1/teams", team.get("id").asText(), team);
        }
        for (JsonNode service : services) {
            upsert(incidents, "/api/v1/services", service.get("id").asText(), service);
        }
        String notifications = system.url("notification-service");
        for (JsonNode contact : contacts) {
            put(notifications, "/api/v1/contacts/" + contact.get("key").asText(), without(contact, "key"));
        }
        for (JsonNode audience : audiences) {
            put(notifications, "/api/v1/audiences/" + audience.get("key").asText(), without(audience, "key"));
        }
        String majorIncidents = system.url("major-incident-service");
        for (JsonNode shift : roster) {
            addShiftUnlessPresent(majorIncidents, shift, now);
        }
    }

    /** The contact of a key. */
    JsonNode contact(String key) {
        return contacts.stream().filter(c -> c.get("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact " + key + " in " + DIR.resolve("contacts.json")));
    }

    JsonNode audience(String key) {
        return audiences.stream().filter(a -> a.get("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no audience " + key + " in " + DIR.resolve("audiences.json")));
    }

    /** The given field (email, phone) of every member of an audience. */
    List<String> memberAddresses(String audienceKey, String field) {
        List<String> addresses = new ArrayList<>();
        audience(audienceKey).path("members").forEach(m -> addresses.add(contact(m.asText()).get(field).asText()));
        return addresses;
    }

    /** The seed's shift of a duty role that covers the load time (the person on duty). */
    JsonNode onDuty(String dutyRole) {
        return roster.stream().filter(s -> s.get("dutyRole").asText().equals(dutyRole))
                .filter(s -> s.get("fromHours").asLong() <= 0 && s.get("untilHours").asLong() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("nobody on duty as " + dutyRole + " in " + DIR.resolve("roster.json")));
    }

    boolean anyoneOnDuty(String dutyRole) {
        return roster.stream().filter(s -> s.get("dutyRole").asText().equals(dutyRole))
                .anyMatch(s -> s.get("fromHours").asLong() <= 0 && s.get("untilHours").asLong() > 0);
    }

    private static void upsert(String baseUri, String collection, String id, JsonNode body) {
        int status = admin(baseUri).when().get(collection + "/" + id).statusCode();
        if (status == 200) {
            admin(baseUri).body(body.toString()).when().put(collection + "/" + id).then().statusCode(200);
        } else if (status == 404) {
            admin(baseUri).body(body.toString()).when().post(collection).then().statusCode(201);
        } else {
            throw new AssertionError("GET " + collection + "/" + id + " answered " + status);
        }
    }

    private static void put(String baseUri, String path, JsonNode body) {
        int status = admin(baseUri).body(body.toString()).when().put(path).then().extract().statusCode();
        if (status != 200 && status != 201) {
            throw new AssertionError("PUT " + path + " answered " + status + ": "
                    + admin(baseUri).body(body.toString()).when().put(path).asString());
        }
    }

    /** Adds the shift unless the roster holds one of the same role and person in the same relation to {@code now}. */
    private static void addShiftUnlessPresent(String baseUri, JsonNode shift, Instant now) {
        Instant startsAt = now.plus(Duration.ofHours(shift.get("fromHours").asLong()));
        Instant endsAt = now.plus(Duration.ofHours(shift.get("untilHours").asLong()));
        boolean current = !startsAt.isAfter(now) && endsAt.isAfter(now);
        List<Map<String, Object>> existing = admin(baseUri).queryParam("dutyRole", shift.get("dutyRole").asText())
                .queryParam("size", 200).when().get("/api/v1/roster").then().statusCode(200).extract().path("items");
        boolean present = existing.stream()
                .filter(e -> shift.get("username").asText().equals(e.get("username")))
                .anyMatch(e -> {
                    Instant from = Instant.parse((String) e.get("startsAt"));
                    Instant until = Instant.parse((String) e.get("endsAt"));
                    return current ? !from.isAfter(now) && until.isAfter(now) : !until.isAfter(now);
                });
        if (present) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        for (String field : List.of("dutyRole", "name", "email", "phone", "username")) {
            body.set(field, shift.get(field));
        }
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        admin(baseUri).body(body.toString()).when().post("/api/v1/roster").then().statusCode(201);
    }

    private static RequestSpecification admin(String baseUri) {
        return given().baseUri(baseUri).header("Authorization", ADMIN).contentType(ContentType.JSON);
    }

    private static JsonNode without(JsonNode node, String field) {
        ObjectNode copy = node.deepCopy();
        copy.remove(field);
        return copy;
    }

    private static List<JsonNode> items(String file) {
        try {
            JsonNode root = JSON.readTree(DIR.resolve(file).toFile());
            return StreamSupport.stream(root.path("items").spliterator(), false).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + DIR.resolve(file), e);
        }
    }
}
