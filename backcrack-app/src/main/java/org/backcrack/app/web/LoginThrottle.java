package org.backcrack.app.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.backcrack.app.AppError;

/**
 * Limits password guessing: token buckets (Bucket4j) per account name and per client address. An account
 * takes {@value #PER_ACCOUNT} failed logins, then one more every {@value #ACCOUNT_REFILL_S} seconds; an address
 * {@value #PER_ADDRESS} logins or registrations, then one every {@value #ADDRESS_REFILL_S} seconds.
 * Registration draws on the address bucket, so names cannot be tried for existence faster either. A refused
 * attempt is a 429 with {@code Retry-After}, answered before any password is hashed. Buckets live in memory,
 * at most {@value #MAX_KEYS} of each kind (least recently used forgotten first), so the throttle itself cannot
 * be made to grow without bound.
 */
final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int ACCOUNT_REFILL_S = 60;
    static final int PER_ADDRESS = 30;
    static final int ADDRESS_REFILL_S = 5;
    static final int MAX_KEYS = 10_000;

    private final Map<String, Bucket> accounts = lru();
    private final Map<String, Bucket> addresses = lru();

    /**
     * Before a login or registration: takes one attempt from the address's bucket, and checks (without taking)
     * that the account still has failed attempts left; throws a 429 saying when to try again otherwise.
     */
    void attempt(String account, String address) {
        take(addresses, address, () -> bucket(PER_ADDRESS, ADDRESS_REFILL_S));
        if (account != null) {
            Bucket b =
                    bucketOf(accounts, account.toLowerCase(Locale.ROOT), () -> bucket(PER_ACCOUNT, ACCOUNT_REFILL_S));
            if (b.getAvailableTokens() < 1) {
                throw tooMany(b.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            }
        }
    }

    /** After a failed login: the account's bucket loses one attempt. */
    void failed(String account) {
        bucketOf(accounts, account.toLowerCase(Locale.ROOT), () -> bucket(PER_ACCOUNT, ACCOUNT_REFILL_S))
                .tryConsume(1);
    }

    private static Bucket bucketOf(Map<String, Bucket> buckets, String key, Supplier<Bucket> make) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> make.get());
        }
    }

    private static void take(Map<String, Bucket> buckets, String key, Supplier<Bucket> make) {
        ConsumptionProbe p = bucketOf(buckets, key, make).tryConsumeAndReturnRemaining(1);
        if (!p.isConsumed()) {
            throw tooMany(p.getNanosToWaitForRefill());
        }
    }

    /** A 429 saying to wait the whole seconds (at least one) until a token comes back. */
    private static HttpProblem tooMany(long nanosToWait) {
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        return new HttpProblem(
                        AppError.AUTH_TOO_MANY_ATTEMPTS, null, "too many attempts; try again in " + seconds + " s.")
                .withHeader("Retry-After", Long.toString(seconds));
    }

    private static Bucket bucket(int capacity, int refillSeconds) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(1, Duration.ofSeconds(refillSeconds))
                        .build())
                .build();
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
