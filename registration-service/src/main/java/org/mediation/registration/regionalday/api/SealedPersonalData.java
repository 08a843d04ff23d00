package org.mediation.registration.regionalday.api;

/**
 * {@link PersonalData} as the event store keeps it: each field AES-GCM encrypted with the registration's own key
 * (base64 of IV and ciphertext). Deleting that key erases the person (crypto-shredding). {@code organisation} is
 * sealed since issue 28; registrations recorded before have none here (and their organisation in clear in {@link
 * ParticipantRegistered#organisation()}).
 */
public record SealedPersonalData(String firstName, String lastName, String email, String organisation) {}
