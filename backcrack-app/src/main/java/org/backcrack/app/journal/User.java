package org.backcrack.app.journal;

import java.util.Objects;

/** An account of {@code --public} mode; the password is kept only as a salted Argon2id hash. */
public record User(String id, String username, String passwordHash) {
    /** The single user of local mode, who never logs in. */
    public static final String LOCAL_ID = "local";

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
