package org.mediation.platform.web;

/**
 * One page of a list endpoint: {@code page} from 0, {@code size} from 1 to the endpoint's maximum. What it skips is
 * always an {@code int} a store accepts: a page beyond {@code Integer.MAX_VALUE} entries ({@code ?page=4294968&size=500},
 * whose product overflows) is refused as bad input (400), like a negative page or a size out of bounds.
 */
public record Paging(int page, int size) {

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page + ".");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more, not " + size + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " is beyond any list.");
        }
    }

    /** The page asked for, refused (400) if out of bounds or if {@code size} is over {@code maxSize}. */
    public static Paging of(int page, int size, int maxSize) {
        if (size > maxSize) {
            throw new IllegalArgumentException("size must be at most " + maxSize + ", not " + size + ".");
        }
        return new Paging(page, size);
    }

    /** How many entries come before this page. */
    public int skip() {
        return page * size;
    }
}
