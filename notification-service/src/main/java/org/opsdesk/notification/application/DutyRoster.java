package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opsdesk.notification.domain.DutyShift;
import org.opsdesk.notification.persistence.DutyShiftRepository;

/**
 * The roster's shifts, kept from major-incident-service's roster events: the status page names whoever is duty manager
 * now (002 §V.B.5), and notices go to whoever holds a duty role now (recipient rule {@code ON_DUTY:<role>}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DutyRoster {

    public static final String SAVED = "major-incident.duty-shift-saved";
    public static final String REMOVED = "major-incident.duty-shift-removed";

    private final DutyShiftRepository shifts;

    DutyRoster(DutyShiftRepository shifts) {
        this.shifts = shifts;
    }

    public void on(String type, DutyShift.Data data) {
        DutyShift shift = shifts.findByIdOptional(data.shiftId()).orElse(null);
        if (type.equals(SAVED)) {
            if (shift == null) {
                shift = new DutyShift(data.shiftId());
                shift.define(data);
                shifts.persist(shift);
            } else {
                shift.define(data);
            }
        } else if (shift != null) {
            shifts.delete(shift);
        }
    }
}
