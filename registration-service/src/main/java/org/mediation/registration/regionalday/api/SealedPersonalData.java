package org.mediation.registration.regionalday.api;

/**
 * {@link PersonalData} as the event store keeps it: each field AES-GCM encrypted with the registration's own key
 * (base64 of IV and ciphertext). Deleting that key erases the person (crypto-shredding).
 */
public record SealedPersonalData(String firstName, String lastName, String email) {}
