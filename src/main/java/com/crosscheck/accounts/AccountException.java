package com.crosscheck.accounts;

import com.crosscheck.base.DomainException;

/**
 * A refused change to the users, with a message for the person who asked: the Users screen shows it beside the
 * field or in a notification, the API as the problem detail (400 invalid, 404 unknown user, 409 conflict).
 */
public class AccountException extends DomainException {

    /** Which input the message is about, so a form can show it on the right field. */
    public enum Field { USERNAME, PASSWORD, ROLE, NONE }

    private final Field field;

    AccountException(Kind kind, Field field, String message) {
        super(kind, message);
        this.field = field;
    }

    public Field field() {
        return field;
    }

    static AccountException invalid(Field field, String message) {
        return new AccountException(Kind.INVALID, field, message);
    }

    static AccountException unknownUser(String username) {
        return new AccountException(Kind.NOT_FOUND, Field.USERNAME, "There is no user \u201c" + username + "\u201d.");
    }

    static AccountException conflict(Field field, String message) {
        return new AccountException(Kind.CONFLICT, field, message);
    }
}
