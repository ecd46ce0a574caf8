-- 'ALICE' and 'alice' are one account: user names are unique without regard to case (issue 13).
CREATE UNIQUE INDEX users_username_lower ON users (LOWER(username));
