package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A shift on major-incident-service's roster, as its duty-shift events carry it: the duty manager's shifts name the
 * status page's duty manager (002 §V.B.5); the holders of a duty role on duty are the recipients of
 * {@code ON_DUTY:<role>} rules.
 */
@Entity
public class DutyShift {

    @Id
    private UUID id;
    private String dutyRole;
    private boolean dutyManager;
    private String name;
    private String username;
    private String phone;
    private Instant startsAt;
    private Instant endsAt;

    protected DutyShift() {
    }

    /** The data of major-incident.duty-shift-saved and -removed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(UUID shiftId, String dutyRole, boolean dutyManager, String name, String username, String phone,
                       Instant startsAt, Instant endsAt) {
    }

    public DutyShift(UUID id) {
        this.id = id;
    }

    public void define(Data data) {
        dutyRole = data.dutyRole();
        dutyManager = data.dutyManager();
        name = data.name();
        username = data.username();
        phone = data.phone();
        startsAt = data.startsAt();
        endsAt = data.endsAt();
    }

    public Person person() {
        return new Person(name, null, phone, null, null);
    }

    public UUID id() { return id; }
    public String username() { return username; }
}
