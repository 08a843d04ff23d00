package org.mediation.platform.failure;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.bulk.BulkWriteError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.bson.BsonMaximumSizeExceededException;

/**
 * Tells a store failure that no retry can cure from an outage, however the store reports it:
 * <ul>
 *   <li>a document the driver refuses to send ({@code BsonMaximumSizeExceededException}, no {@code MongoException});
 *   <li>a write the server refuses for what it is (a {@code MongoWriteException}, {@code MongoBulkWriteException} or
 *       command error with a code of {@link #REFUSALS}: a document too large, a bad value, an invalid field name…);
 *   <li>suspect: a connection the store closed on a read ({@code MongoSocketReadException}) while it answers a ping,
 *       the embedded store's (mongo-java-server's) way of refusing a document too large. Retried a few times, in
 *       case it was a passing network failure, then refused.
 * </ul>
 * Anything else (a store that does not answer, an unknown code) may be an outage: retried.
 */
public final class StoreFailures {

    /** Server error codes of writes refused for what they are, never for the store's state. */
    static final Set<Integer> REFUSALS = Set.of(
            2, // BadValue
            9, // FailedToParse
            14, // TypeMismatch
            28, // PathNotViable
            40, // ConflictingUpdateOperators
            52, // DollarPrefixedFieldName
            55, // InvalidDBRef
            56, // EmptyFieldName
            57, // DottedFieldName
            66, // ImmutableField
            121, // DocumentValidationFailure
            10334, // BSONObjectTooLarge
            16837, // the positional operator matched nothing
            17280, // KeyTooLong
            17419, // the document after an update would be larger than 16 MB
            17420); // the document after an update is too large

    private final BooleanSupplier storeAnswers;

    public StoreFailures(BooleanSupplier storeAnswers) {
        this.storeAnswers = storeAnswers;
    }

    /** Why no retry can cure the failure; empty when it may be an outage, or is no store failure. */
    public Optional<String> incurable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BsonMaximumSizeExceededException) {
                return Optional.of("The document is too large for the store: " + cause.getMessage());
            }
            if (refused(cause)) {
                return Optional.of("The store refused the write: " + cause.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Whether the store closed the connection on this failure while it answers otherwise. */
    public boolean suspect(Throwable failure) {
        return Causes.include(failure, List.of(MongoSocketReadException.class)) && storeAnswers.getAsBoolean();
    }

    /** The reason to refuse a suspect failure that persisted. */
    public static String suspectReason(Throwable failure) {
        return "The store closed the connection on this record again and again while it answers otherwise (a document"
                + " too large for the embedded store?): " + failure.getMessage();
    }

    private static boolean refused(Throwable cause) {
        if (cause instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().map(BulkWriteError::getCode).anyMatch(REFUSALS::contains);
        }
        return cause instanceof MongoServerException server && REFUSALS.contains(server.getCode());
    }
}
