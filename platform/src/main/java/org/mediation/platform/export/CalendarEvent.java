package org.mediation.platform.export;

import java.time.LocalDateTime;

/**
 * One VEVENT of a {@link CalendarFile}: local times in the file's zone; {@code description} and {@code location} may
 * be null. The same {@code uid} in every download lets a calendar application update the event rather than add one.
 */
public record CalendarEvent(
        String uid, String summary, String description, String location, LocalDateTime start, LocalDateTime end) {}
