package org.opsdesk.notification.domain;

/**
 * One recipient rule of a route: a party the event names ({@link Party}), the members of an audience
 * ({@code AUDIENCE:key}), or whoever holds a duty role of the roster now ({@code ON_DUTY:role}).
 */
public record NoticeRule(Party party, String argument) {

    /** The parties an event can name; which of them an event carries is up to its handler. */
    public enum Party {
        ASSIGNEE, TEAM, ASSIGNEE_ELSE_TEAM, MANAGERS, OWNER, ITEM_OWNER, ESCALATE_TO, CIO, DUTY_MANAGER, COORDINATOR,
        MEMBER, MEMBERS, AUDIENCE, ON_DUTY
    }

    public static NoticeRule parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new NoticeRule(Party.valueOf(text), null)
                : new NoticeRule(Party.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }
}
